/// The XML report's schema and namespace (DESIGN §6).
///
/// The canonical file is `schemas/leadbench-report.xsd` in the repository; ``xsd`` is the same text,
/// embedded so a report can be validated wherever leadbench runs. A test asserts the two are
/// byte-identical: edit the file, then copy it here.
public enum ReportSchema {
    /// The target namespace of the report's elements. Its last segment is the schema's major version.
    public static let namespace = "https://leadbench.dev/report/1"

    /// The file name of the schema in the repository's `schemas/` folder.
    public static let fileName = "leadbench-report.xsd"

    /// The text of `schemas/leadbench-report.xsd`.
    public static let xsd = #"""
    <?xml version="1.0" encoding="UTF-8"?>
    <!--
      The XML report of a leadbench run (DESIGN §4, §6): every figure of the run's results, machine-readable.

      Conventions
      - A figure the run could not compute (no threshold, no times, a single outcome class) is an absent
        element: never an empty one, never a made-up value.
      - Numbers are written so that they read back as exactly the double the run computed ("0.1", "3",
        "1e-07"); non-finite values are spelled as XML Schema spells them ("INF", "-INF", "NaN").
      - Single figures are child elements; rows that repeat (curve points, deciles, sweep points, bins) are
        empty elements with one attribute per column.
      - Lists are always present, empty when there is nothing to list.
      - The schema's version is the last segment of the namespace; the root's `version` attribute is the
        version of leadbench that wrote the report.
    -->
    <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"
               xmlns:lb="https://leadbench.dev/report/1"
               targetNamespace="https://leadbench.dev/report/1"
               elementFormDefault="qualified"
               attributeFormDefault="unqualified">

      <xs:element name="report" type="lb:Report"/>
      <!-- The report of a live A/B test (leadbench ab analyze, option out). -->
      <xs:element name="liveTest" type="lb:LiveTest"/>

      <!-- ===== Simple types ===== -->

      <xs:simpleType name="count">
        <xs:annotation><xs:documentation>A number of leads, rows, resamples or days: a whole number, at least 0.</xs:documentation></xs:annotation>
        <xs:restriction base="xs:int">
          <xs:minInclusive value="0"/>
        </xs:restriction>
      </xs:simpleType>

      <xs:simpleType name="level">
        <xs:annotation><xs:documentation>A confidence level 1 − α, strictly between 0 and 1 (e.g. 0.95).</xs:documentation></xs:annotation>
        <xs:restriction base="xs:double">
          <xs:minExclusive value="0"/>
          <xs:maxExclusive value="1"/>
        </xs:restriction>
      </xs:simpleType>

      <xs:simpleType name="name">
        <xs:annotation><xs:documentation>A name: at least one character.</xs:documentation></xs:annotation>
        <xs:restriction base="xs:string">
          <xs:minLength value="1"/>
        </xs:restriction>
      </xs:simpleType>

      <xs:simpleType name="splitKind">
        <xs:restriction base="xs:string">
          <xs:enumeration value="temporal"/>
          <xs:enumeration value="random"/>
          <xs:enumeration value="kfold"/>
        </xs:restriction>
      </xs:simpleType>

      <xs:simpleType name="resamplingDesign">
        <xs:restriction base="xs:string">
          <!-- Leads resampled within each outcome class, so every resample keeps the class counts. -->
          <xs:enumeration value="stratified by outcome"/>
          <!-- Whole accounts resampled (a lead without an account is an account of its own). -->
          <xs:enumeration value="by account"/>
        </xs:restriction>
      </xs:simpleType>

      <!-- ===== Shared figure types ===== -->

      <xs:complexType name="BootstrapInterval">
        <xs:annotation><xs:documentation>
          A seeded percentile bootstrap interval: the statistic on the full sample, and the α/2 and 1 − α/2
          quantiles (type 7) of its values on the resamples where it was defined.
        </xs:documentation></xs:annotation>
        <xs:sequence>
          <xs:element name="estimate" type="xs:double"/>
          <xs:element name="lower" type="xs:double"/>
          <xs:element name="upper" type="xs:double"/>
          <xs:element name="confidence" type="lb:level"/>
          <!-- The standard deviation of the resample values (divisor resamplesUsed − 1; 0 for one resample). -->
          <xs:element name="standardError" type="xs:double"/>
          <!-- Resamples whose value entered the interval. -->
          <xs:element name="resamplesUsed" type="lb:count"/>
          <!-- Resamples on which the statistic was undefined (a single class, no qualified lead, …). -->
          <xs:element name="skipped" type="lb:count"/>
        </xs:sequence>
      </xs:complexType>

      <xs:complexType name="ConfidenceInterval">
        <xs:annotation><xs:documentation>A point estimate with a closed-form two-sided interval.</xs:documentation></xs:annotation>
        <xs:sequence>
          <xs:element name="estimate" type="xs:double"/>
          <xs:element name="lower" type="xs:double"/>
          <xs:element name="upper" type="xs:double"/>
          <xs:element name="confidence" type="lb:level"/>
        </xs:sequence>
      </xs:complexType>

      <xs:complexType name="SampleSummary">
        <xs:annotation><xs:documentation>
          A sample of durations in days: count, mean, and type-7 quantiles (numpy's default): minimum (0),
          lower quartile (0.25), median (0.5), upper quartile (0.75), p90 (0.9), maximum (1).
        </xs:documentation></xs:annotation>
        <xs:sequence>
          <xs:element name="count" type="lb:count"/>
          <xs:element name="mean" type="xs:double"/>
          <xs:element name="minimum" type="xs:double"/>
          <xs:element name="lowerQuartile" type="xs:double"/>
          <xs:element name="median" type="xs:double"/>
          <xs:element name="upperQuartile" type="xs:double"/>
          <xs:element name="p90" type="xs:double"/>
          <xs:element name="maximum" type="xs:double"/>
        </xs:sequence>
      </xs:complexType>

      <xs:complexType name="Curve">
        <xs:annotation><xs:documentation>A curve as its points in order, at most 200 (thinned evenly by index, first and last kept).</xs:documentation></xs:annotation>
        <xs:sequence>
          <xs:element name="point" minOccurs="0" maxOccurs="unbounded">
            <xs:complexType>
              <xs:attribute name="x" type="xs:double" use="required"/>
              <xs:attribute name="y" type="xs:double" use="required"/>
            </xs:complexType>
          </xs:element>
        </xs:sequence>
      </xs:complexType>

      <xs:complexType name="Warnings">
        <xs:sequence>
          <xs:element name="warning" type="xs:string" minOccurs="0" maxOccurs="unbounded"/>
        </xs:sequence>
      </xs:complexType>

      <!-- ===== The report ===== -->

      <xs:complexType name="Report">
        <xs:sequence>
          <xs:element name="experiment" type="lb:Experiment"/>
          <xs:element name="data" type="lb:Data"/>
          <xs:element name="window" type="lb:Window"/>
          <!-- Absent when there was no evaluation (the test window lacks an outcome class). -->
          <xs:element name="resampling" type="lb:Resampling" minOccurs="0"/>
          <xs:element name="leakage" type="lb:Leakage"/>
          <xs:element name="models" type="lb:Models"/>
          <xs:element name="comparisons" type="lb:Comparisons"/>
          <!-- The experiment's A/B test replayed on the test leads; absent without an ab: section. -->
          <xs:element name="abReplay" type="lb:ABReplay" minOccurs="0"/>
          <!-- Warnings about the run as a whole; each model's own are with the model. -->
          <xs:element name="warnings" type="lb:Warnings"/>
        </xs:sequence>
        <!-- The version of leadbench that wrote the report, e.g. "0.4.0". -->
        <xs:attribute name="version" type="lb:name" use="required"/>
      </xs:complexType>

      <!-- ===== What was run, on what ===== -->

      <xs:complexType name="Experiment">
        <xs:sequence>
          <xs:element name="name" type="xs:string"/>
          <xs:element name="description" type="xs:string" minOccurs="0"/>
          <xs:element name="seed" type="xs:unsignedLong"/>
          <xs:element name="split">
            <xs:complexType>
              <xs:sequence>
                <!-- The split in words, e.g. "temporal, cutoff 2025-09-01". -->
                <xs:element name="label" type="xs:string"/>
                <!-- Why this split, where the data decided it (no times: no temporal split). -->
                <xs:element name="note" type="xs:string" minOccurs="0"/>
              </xs:sequence>
              <xs:attribute name="kind" type="lb:splitKind" use="required"/>
            </xs:complexType>
          </xs:element>
          <!-- Days each test lead is followed after its creation. -->
          <xs:element name="horizonDays" type="lb:count"/>
          <!-- Ranking figures use the score as of creation + this many days. -->
          <xs:element name="scoringDelayDays" type="lb:count"/>
          <!-- How thresholds the experiment leaves open are recommended, in words. -->
          <xs:element name="objective" type="xs:string"/>
          <xs:element name="baseline" type="xs:string" minOccurs="0"/>
        </xs:sequence>
      </xs:complexType>

      <xs:complexType name="Data">
        <xs:sequence>
          <xs:element name="leads" type="lb:count"/>
          <xs:element name="activities" type="lb:count"/>
          <xs:element name="accounts" type="lb:count"/>
          <xs:element name="converted" type="lb:count"/>
          <!-- Leads whose outcome is not known yet. -->
          <xs:element name="open" type="lb:count"/>
          <!-- False for a snapshot dataset (no creation, activity or conversion times). -->
          <xs:element name="hasTimes" type="xs:boolean"/>
          <!-- The first creation date and the end of the data (UTC); absent without times. -->
          <xs:element name="firstCreated" type="xs:date" minOccurs="0"/>
          <xs:element name="endOfData" type="xs:date" minOccurs="0"/>
          <xs:element name="excludedColumns">
            <xs:complexType>
              <xs:sequence>
                <xs:element name="column" minOccurs="0" maxOccurs="unbounded">
                  <xs:complexType>
                    <xs:sequence>
                      <xs:element name="reason" type="xs:string" minOccurs="0"/>
                    </xs:sequence>
                    <xs:attribute name="name" type="xs:string" use="required"/>
                  </xs:complexType>
                </xs:element>
              </xs:sequence>
            </xs:complexType>
          </xs:element>
          <!-- Bad rows skipped because the experiment asked for it. -->
          <xs:element name="skippedRows" type="lb:count"/>
        </xs:sequence>
      </xs:complexType>

      <xs:complexType name="Window">
        <xs:annotation><xs:documentation>The leads the models learned from and were measured on.</xs:documentation></xs:annotation>
        <xs:sequence>
          <xs:element name="trainingLeads" type="lb:count"/>
          <xs:element name="trainingConverted" type="lb:count"/>
          <xs:element name="testLeads" type="lb:count"/>
          <xs:element name="testConverted" type="lb:count"/>
          <!-- Test-split leads left out: created less than one horizon before the end of the data. -->
          <xs:element name="censored" type="lb:count"/>
          <!-- Test-split leads left out: outcome unknown. -->
          <xs:element name="open" type="lb:count"/>
          <!-- The test leads' creation span in weeks (at least 1); absent without times. -->
          <xs:element name="weeks" type="xs:double" minOccurs="0"/>
          <!-- The number of folds of a k-fold split; absent for other splits. -->
          <xs:element name="folds" type="lb:count" minOccurs="0"/>
        </xs:sequence>
      </xs:complexType>

      <xs:complexType name="Resampling">
        <xs:annotation><xs:documentation>How every bootstrap interval of the report was made.</xs:documentation></xs:annotation>
        <xs:sequence>
          <xs:element name="resamples" type="lb:count"/>
          <xs:element name="confidence" type="lb:level"/>
          <xs:element name="design" type="lb:resamplingDesign"/>
          <xs:element name="seed" type="xs:unsignedLong"/>
        </xs:sequence>
      </xs:complexType>

      <xs:complexType name="Leakage">
        <xs:annotation><xs:documentation>Columns that alone nearly separate the outcome: likely known only after contact.</xs:documentation></xs:annotation>
        <xs:sequence>
          <xs:element name="leak" minOccurs="0" maxOccurs="unbounded">
            <xs:complexType>
              <xs:sequence>
                <!-- The AUC of the column alone as a score; absent when the column is not ranked that way. -->
                <xs:element name="auc" type="xs:double" minOccurs="0"/>
                <!-- Whether the column is filled in only for converted leads. -->
                <xs:element name="filledOnlyForConverted" type="xs:boolean"/>
                <xs:element name="message" type="xs:string"/>
              </xs:sequence>
              <xs:attribute name="column" type="xs:string" use="required"/>
            </xs:complexType>
          </xs:element>
        </xs:sequence>
      </xs:complexType>

      <!-- ===== Models ===== -->

      <xs:complexType name="Models">
        <xs:sequence>
          <xs:element name="model" type="lb:Model" minOccurs="0" maxOccurs="unbounded"/>
        </xs:sequence>
      </xs:complexType>

      <xs:complexType name="Model">
        <xs:annotation><xs:documentation>
          One model's figures on the test leads. Ranking figures (auc, averagePrecision, ks, brier, logLoss,
          ranking) use the leads with a ranking score, the score as of creation + scoring delay (leads that
          converted before that moment are left out); the figures at the threshold use every test lead:

            precision = hits / qualified          recall = hits / converted
            F1 = 2·hits / (qualified + converted)  lift = precision / base rate
            contacts per conversion = 1 / precision
        </xs:documentation></xs:annotation>
        <xs:sequence>
          <!-- Absent when the experiment set none and no threshold met the objective. -->
          <xs:element name="threshold" type="xs:double" minOccurs="0"/>
          <!-- "set" when the experiment gives the threshold, else how it was recommended (or why there is none). -->
          <xs:element name="thresholdSource" type="xs:string"/>
          <xs:element name="counts" type="lb:QualificationCounts"/>
          <!-- converted / leads. -->
          <xs:element name="baseRate" type="xs:double" minOccurs="0"/>
          <!-- qualified / weeks of the test leads' creation span; absent without times or threshold. -->
          <xs:element name="perWeek" type="xs:double" minOccurs="0"/>
          <!-- ROC AUC (scikit-learn's roc_auc_score). -->
          <xs:element name="auc" type="lb:BootstrapInterval" minOccurs="0"/>
          <!-- Average precision, AP = Σₙ (Rₙ − Rₙ₋₁)·Pₙ (scikit-learn's average_precision_score). -->
          <xs:element name="averagePrecision" type="lb:BootstrapInterval" minOccurs="0"/>
          <xs:element name="precision" type="lb:BootstrapInterval" minOccurs="0"/>
          <xs:element name="recall" type="lb:BootstrapInterval" minOccurs="0"/>
          <xs:element name="f1" type="lb:BootstrapInterval" minOccurs="0"/>
          <xs:element name="lift" type="lb:BootstrapInterval" minOccurs="0"/>
          <!-- 1 / precision: leads sales contacts per conversion. -->
          <xs:element name="contactsPerConversion" type="xs:double" minOccurs="0"/>
          <!-- Kolmogorov–Smirnov statistic: max over thresholds of |TPR − FPR|. -->
          <xs:element name="ks" type="xs:double" minOccurs="0"/>
          <!-- Probability models only: mean (p − y)², and mean −[y·ln p + (1 − y)·ln(1 − p)]. -->
          <xs:element name="brier" type="xs:double" minOccurs="0"/>
          <xs:element name="logLoss" type="xs:double" minOccurs="0"/>
          <!-- Absent when the ranked leads lack an outcome class. -->
          <xs:element name="ranking" type="lb:Ranking" minOccurs="0"/>
          <!-- Absent for data without times. -->
          <xs:element name="salesCycle" type="lb:SalesCycle" minOccurs="0"/>
          <xs:element name="sweep" type="lb:Sweep"/>
          <!-- Where a figure rests on too little, or the model misbehaves. -->
          <xs:element name="warnings" type="lb:Warnings"/>
        </xs:sequence>
        <xs:attribute name="name" type="lb:name" use="required"/>
        <!-- The model family, e.g. static, decaying, logistic, boosted_trees, hybrid. -->
        <xs:attribute name="kind" type="lb:name" use="required"/>
        <!-- Whether the scores are probabilities (then brier, logLoss and calibration are reported). -->
        <xs:attribute name="isProbability" type="xs:boolean" use="required"/>
      </xs:complexType>

      <xs:complexType name="QualificationCounts">
        <xs:annotation><xs:documentation>The counts behind the figures at the threshold.</xs:documentation></xs:annotation>
        <xs:sequence>
          <xs:element name="leads" type="lb:count"/>
          <!-- Leads with a ranking score (not converted by the scoring moment). -->
          <xs:element name="ranked" type="lb:count"/>
          <xs:element name="converted" type="lb:count"/>
          <xs:element name="qualified" type="lb:count"/>
          <!-- Qualified, then converted within the horizon. -->
          <xs:element name="hits" type="lb:count"/>
          <!-- Converted within the horizon, but before qualifying or without qualifying. -->
          <xs:element name="misses" type="lb:count"/>
        </xs:sequence>
      </xs:complexType>

      <xs:complexType name="Ranking">
        <xs:sequence>
          <!-- Lift by decile, highest scores first; tied scores that straddle a cut are shared between the
               deciles in proportion, so leads and conversions may be fractional.
                 conversionRate = conversions / leads        lift = conversionRate / base rate
                 cumulativeGain = conversions in deciles 1…d / all conversions
                 cumulativeLift = cumulativeGain · 10 / d -->
          <xs:element name="deciles">
            <xs:complexType>
              <xs:sequence>
                <xs:element name="decile" minOccurs="0" maxOccurs="unbounded">
                  <xs:complexType>
                    <!-- 1 is the top tenth of the scores. -->
                    <xs:attribute name="number" type="lb:count" use="required"/>
                    <xs:attribute name="leads" type="xs:double" use="required"/>
                    <xs:attribute name="conversions" type="xs:double" use="required"/>
                    <xs:attribute name="conversionRate" type="xs:double" use="required"/>
                    <xs:attribute name="lift" type="xs:double" use="required"/>
                    <xs:attribute name="cumulativeGain" type="xs:double" use="required"/>
                    <xs:attribute name="cumulativeLift" type="xs:double" use="required"/>
                    <xs:attribute name="highestScore" type="xs:double" use="required"/>
                    <xs:attribute name="lowestScore" type="xs:double" use="required"/>
                  </xs:complexType>
                </xs:element>
              </xs:sequence>
            </xs:complexType>
          </xs:element>
          <!-- x = false positive rate, y = true positive rate. -->
          <xs:element name="roc" type="lb:Curve"/>
          <!-- x = recall, y = precision. -->
          <xs:element name="precisionRecall" type="lb:Curve"/>
          <!-- Ranking scores in equal-width bins from the lowest score to the highest, by outcome. Each bin
               holds the scores in [lower, upper); the last bin also its upper edge. -->
          <xs:element name="scoreHistogram">
            <xs:complexType>
              <xs:sequence>
                <xs:element name="bin" minOccurs="0" maxOccurs="unbounded">
                  <xs:complexType>
                    <xs:attribute name="lower" type="xs:double" use="required"/>
                    <xs:attribute name="upper" type="xs:double" use="required"/>
                    <xs:attribute name="converted" type="lb:count" use="required"/>
                    <xs:attribute name="notConverted" type="lb:count" use="required"/>
                  </xs:complexType>
                </xs:element>
              </xs:sequence>
            </xs:complexType>
          </xs:element>
          <!-- Share of all conversions among the top 10% and the top 20% of leads by score (ties shared in
               proportion, as in the deciles). -->
          <xs:element name="captureTop10" type="xs:double"/>
          <xs:element name="captureTop20" type="xs:double"/>
          <!-- The rank-order check: conversion should fall decile by decile down the score. Each inversion is a
               decile whose next (lower-scored) decile converts better: nextRate > rate. -->
          <xs:element name="inversions">
            <xs:complexType>
              <xs:sequence>
                <xs:element name="inversion" minOccurs="0" maxOccurs="unbounded">
                  <xs:complexType>
                    <xs:attribute name="decile" type="lb:count" use="required"/>
                    <xs:attribute name="rate" type="xs:double" use="required"/>
                    <xs:attribute name="nextRate" type="xs:double" use="required"/>
                  </xs:complexType>
                </xs:element>
              </xs:sequence>
            </xs:complexType>
          </xs:element>
          <!-- Probability models only: predicted probability against the observed conversion rate in ten
               equal-width bins closed on the right, (lower, upper] (the first also holds 0), as scikit-learn's
               calibration_curve bins them. meanPredicted and observedRate are absent for an empty bin. -->
          <xs:element name="calibration" minOccurs="0">
            <xs:complexType>
              <xs:sequence>
                <xs:element name="bin" minOccurs="0" maxOccurs="unbounded">
                  <xs:complexType>
                    <xs:attribute name="lower" type="xs:double" use="required"/>
                    <xs:attribute name="upper" type="xs:double" use="required"/>
                    <xs:attribute name="leads" type="lb:count" use="required"/>
                    <xs:attribute name="conversions" type="lb:count" use="required"/>
                    <xs:attribute name="meanPredicted" type="xs:double"/>
                    <xs:attribute name="observedRate" type="xs:double"/>
                  </xs:complexType>
                </xs:element>
              </xs:sequence>
            </xs:complexType>
          </xs:element>
          <!-- Expected calibration error: Σ over the non-empty bins of (leads / all leads)·|observedRate − meanPredicted|. -->
          <xs:element name="expectedCalibrationError" type="xs:double" minOccurs="0"/>
        </xs:sequence>
      </xs:complexType>

      <xs:complexType name="SalesCycle">
        <xs:annotation><xs:documentation>
          How long the leads the model qualified took, in days:
            sales cycle           = (conversion − qualification) / 86,400 s, for hits with a conversion time
            days to qualification = (qualification − creation) / 86,400 s, for qualified leads
        </xs:documentation></xs:annotation>
        <xs:sequence>
          <!-- The sales cycle; absent without hits. -->
          <xs:element name="qualificationToConversion" type="lb:SampleSummary" minOccurs="0"/>
          <!-- Days to qualification; absent without qualified leads. -->
          <xs:element name="creationToQualification" type="lb:SampleSummary" minOccurs="0"/>
          <!-- A bootstrap interval of the median sales cycle. -->
          <xs:element name="medianInterval" type="lb:BootstrapInterval" minOccurs="0"/>
          <!-- Hits by sales-cycle length in whole weeks: week i counts cycles of [7i, 7(i+1)) days, from week 0
               up to the longest cycle's. Empty without hits. -->
          <xs:element name="weeklyHits">
            <xs:complexType>
              <xs:sequence>
                <xs:element name="week" minOccurs="0" maxOccurs="unbounded">
                  <xs:complexType>
                    <xs:attribute name="index" type="lb:count" use="required"/>
                    <xs:attribute name="hits" type="lb:count" use="required"/>
                  </xs:complexType>
                </xs:element>
              </xs:sequence>
            </xs:complexType>
          </xs:element>
        </xs:sequence>
      </xs:complexType>

      <xs:complexType name="Sweep">
        <xs:annotation><xs:documentation>
          What other thresholds would do on the test leads, under the replay's rules, ascending by threshold
          (at most 20 spread over the qualified volume, plus the model's own threshold):
            qualified(t) = #{ peak score within the horizon ≥ t }
            hits(t)      = #{ converted, peak score before converting ≥ t }
            precision = hits / qualified, recall = hits / converted, F1 = 2·hits / (qualified + converted),
            lift = precision / base rate, perWeek = qualified / weeks
          precision and lift are absent when nothing qualifies, recall when nothing converted, perWeek
          without times.
        </xs:documentation></xs:annotation>
        <xs:sequence>
          <xs:element name="point" minOccurs="0" maxOccurs="unbounded">
            <xs:complexType>
              <xs:attribute name="threshold" type="xs:double" use="required"/>
              <xs:attribute name="qualified" type="lb:count" use="required"/>
              <xs:attribute name="hits" type="lb:count" use="required"/>
              <xs:attribute name="precision" type="xs:double"/>
              <xs:attribute name="recall" type="xs:double"/>
              <xs:attribute name="f1" type="xs:double" use="required"/>
              <xs:attribute name="lift" type="xs:double"/>
              <xs:attribute name="perWeek" type="xs:double"/>
            </xs:complexType>
          </xs:element>
        </xs:sequence>
      </xs:complexType>

      <!-- ===== The A/B test replayed on history ===== -->

      <xs:complexType name="ABReplay">
        <xs:annotation><xs:documentation>
          The test leads split into arms by the assignment u = first 8 bytes of MD5(salt + ":" + unit) as a
          big-endian integer / 2^64 (the first arm whose cumulative weight exceeds u), each arm qualified by
          its own model at its own threshold. Historical outcomes did not depend on the model, so this
          measures targeting, not a causal uplift (the note says so).
        </xs:documentation></xs:annotation>
        <xs:sequence>
          <xs:element name="note" type="xs:string"/>
          <xs:element name="arm" type="lb:ABArm" minOccurs="2" maxOccurs="unbounded"/>
          <!-- Each treatment arm against the first (control) arm, on conversion among qualified leads. -->
          <xs:element name="lift" type="lb:ABLift" minOccurs="0" maxOccurs="unbounded"/>
          <xs:element name="sampleRatio" type="lb:SampleRatio" minOccurs="0"/>
          <!-- The sequential test as a team looking every day would have seen it over this history: each
               arm's qualified leads enter on the day they qualified, hits convert on the day they converted
               (two arms, data with times). -->
          <xs:element name="sequential" type="lb:SequentialTest" minOccurs="0"/>
          <xs:element name="warnings" type="lb:Warnings"/>
        </xs:sequence>
        <xs:attribute name="salt" type="xs:string" use="required"/>
        <xs:attribute name="unit" use="required">
          <xs:simpleType>
            <xs:restriction base="xs:string">
              <xs:enumeration value="lead"/>
              <xs:enumeration value="account"/>
            </xs:restriction>
          </xs:simpleType>
        </xs:attribute>
      </xs:complexType>

      <xs:complexType name="ABArm">
        <xs:sequence>
          <!-- Conversion among the arm's qualified leads, hits / qualified, with its Wilson interval. -->
          <xs:element name="precision" type="lb:ConfidenceInterval" minOccurs="0"/>
          <!-- Qualified per week in the arm, and scaled to all traffic: qualified / weight / weeks. -->
          <xs:element name="perWeek" type="xs:double" minOccurs="0"/>
          <xs:element name="perWeekAtFullTraffic" type="xs:double" minOccurs="0"/>
          <!-- Median days from qualification to conversion of the arm's hits (bootstrap interval). -->
          <xs:element name="medianSalesCycle" type="lb:BootstrapInterval" minOccurs="0"/>
        </xs:sequence>
        <xs:attribute name="name" type="lb:name" use="required"/>
        <xs:attribute name="model" type="lb:name" use="required"/>
        <xs:attribute name="weight" type="xs:double" use="required"/>
        <xs:attribute name="leads" type="lb:count" use="required"/>
        <xs:attribute name="units" type="lb:count" use="required"/>
        <xs:attribute name="qualified" type="lb:count" use="required"/>
        <xs:attribute name="hits" type="lb:count" use="required"/>
      </xs:complexType>

      <xs:complexType name="ABLift">
        <xs:sequence>
          <!-- treatment − control (Newcombe's hybrid score interval). -->
          <xs:element name="difference" type="lb:ConfidenceInterval"/>
          <!-- treatment / control (log-adjusted interval). -->
          <xs:element name="ratio" type="lb:ConfidenceInterval"/>
          <!-- The pooled two-proportion z-test. -->
          <xs:element name="z" type="xs:double"/>
          <xs:element name="pValue" type="xs:double"/>
        </xs:sequence>
        <xs:attribute name="treatment" type="lb:name" use="required"/>
        <xs:attribute name="control" type="lb:name" use="required"/>
      </xs:complexType>

      <xs:complexType name="SampleRatio">
        <xs:annotation><xs:documentation>
          Units per arm against the weights: χ² goodness of fit, a mismatch when p &lt; 0.001.
        </xs:documentation></xs:annotation>
        <xs:sequence>
          <xs:element name="arm" maxOccurs="unbounded">
            <xs:complexType>
              <xs:attribute name="units" type="lb:count" use="required"/>
              <xs:attribute name="expected" type="xs:double" use="required"/>
            </xs:complexType>
          </xs:element>
          <xs:element name="pValue" type="xs:double"/>
          <xs:element name="mismatch" type="xs:boolean"/>
        </xs:sequence>
      </xs:complexType>

      <!-- ===== Paired comparisons with the baseline ===== -->

      <xs:complexType name="Comparisons">
        <xs:sequence>
          <xs:element name="comparison" type="lb:Comparison" minOccurs="0" maxOccurs="unbounded"/>
        </xs:sequence>
      </xs:complexType>

      <xs:complexType name="Comparison">
        <xs:annotation><xs:documentation>
          A model against the experiment's baseline on the same test leads. Differences are model − baseline;
          bootstrap intervals of differences are drawn on shared resamples.
        </xs:documentation></xs:annotation>
        <xs:sequence>
          <!-- AUC(model) − AUC(baseline). -->
          <xs:element name="aucDifference" type="lb:BootstrapInterval" minOccurs="0"/>
          <!-- precision(model) − precision(baseline) at their thresholds; absent unless both have one. -->
          <xs:element name="precisionDifference" type="lb:BootstrapInterval" minOccurs="0"/>
          <xs:element name="delong" type="lb:DeLongTest" minOccurs="0"/>
          <!-- The two models' qualification decisions side by side ("first" is the model, "second" the
               baseline); absent unless both have a threshold. -->
          <xs:element name="qualificationTable" type="lb:PairedDecisionTable" minOccurs="0"/>
          <!-- McNemar's exact test of the qualification decisions: with b = firstOnly and c = secondOnly,
               p = min(1, 2·P(X ≤ min(b, c))) for X ~ Binomial(b + c, ½). -->
          <xs:element name="mcnemarPValue" type="xs:double" minOccurs="0"/>
          <!-- Absent for data without times, or unless both models have a threshold. -->
          <xs:element name="headStart" type="lb:HeadStart" minOccurs="0"/>
        </xs:sequence>
        <xs:attribute name="model" type="lb:name" use="required"/>
        <xs:attribute name="baseline" type="lb:name" use="required"/>
      </xs:complexType>

      <xs:complexType name="DeLongTest">
        <xs:annotation><xs:documentation>
          DeLong's test of the two AUCs on the leads both models rank ("first" is the model, "second" the
          baseline). With m positives and n negatives, S the DeLong covariance matrix of (AUC₁, AUC₂):
            Var(AUC₁ − AUC₂) = S₁₁ + S₂₂ − 2·S₁₂
            z = (AUC₁ − AUC₂) / √Var,   p = 2·(1 − Φ(|z|))
            interval = (AUC₁ − AUC₂) ± Φ⁻¹(½ + confidence/2)·√Var
          With a zero variance, z is 0 (equal AUCs) or ±INF, and the interval is the point.
        </xs:documentation></xs:annotation>
        <xs:sequence>
          <xs:element name="positives" type="lb:count"/>
          <xs:element name="negatives" type="lb:count"/>
          <xs:element name="firstAUC" type="xs:double"/>
          <xs:element name="secondAUC" type="xs:double"/>
          <!-- S₁₁, S₂₂ and S₁₂. -->
          <xs:element name="firstVariance" type="xs:double"/>
          <xs:element name="secondVariance" type="xs:double"/>
          <xs:element name="covariance" type="xs:double"/>
          <!-- firstAUC − secondAUC. -->
          <xs:element name="difference" type="xs:double"/>
          <!-- √Var(AUC₁ − AUC₂). -->
          <xs:element name="standardError" type="xs:double"/>
          <xs:element name="z" type="xs:double"/>
          <xs:element name="pValue" type="xs:double"/>
          <xs:element name="differenceInterval" type="lb:ConfidenceInterval"/>
        </xs:sequence>
      </xs:complexType>

      <xs:complexType name="PairedDecisionTable">
        <xs:annotation><xs:documentation>
          Two qualification decisions per lead:
                         second yes    second no
            first yes    both          firstOnly
            first no     secondOnly    neither
        </xs:documentation></xs:annotation>
        <xs:sequence>
          <xs:element name="both" type="lb:count"/>
          <xs:element name="firstOnly" type="lb:count"/>
          <xs:element name="secondOnly" type="lb:count"/>
          <xs:element name="neither" type="lb:count"/>
        </xs:sequence>
      </xs:complexType>

      <xs:complexType name="HeadStart">
        <xs:annotation><xs:documentation>
          How much earlier the model qualifies the leads both it and the baseline hit:
            head start = (baseline's qualification − model's qualification) / 86,400 s
          positive when the model was first.
        </xs:documentation></xs:annotation>
        <xs:sequence>
          <!-- Over the leads both hit; absent when there are none. -->
          <xs:element name="days" type="lb:SampleSummary" minOccurs="0"/>
          <!-- Leads both hit with the model strictly first, and with the baseline strictly first. -->
          <xs:element name="modelFirst" type="lb:count"/>
          <xs:element name="baselineFirst" type="lb:count"/>
          <!-- Conversions only the model hit, and only the baseline hit. -->
          <xs:element name="hitOnlyByModel" type="lb:count"/>
          <xs:element name="hitOnlyByBaseline" type="lb:count"/>
        </xs:sequence>
      </xs:complexType>

      <!-- ===== A live A/B test (leadbench ab analyze) ===== -->

      <xs:complexType name="LiveTest">
        <xs:annotation><xs:documentation>
          A running A/B test analysed from its assignments and observed outcomes: conversion per arm, each
          treatment against the control (the first arm), the sample-ratio check, the effect the test can
          detect at its size, and the always-valid sequential test over daily looks. Every interval is at
          confidence 1 − alpha.
        </xs:documentation></xs:annotation>
        <xs:sequence>
          <xs:element name="assignments" type="xs:string"/>
          <xs:element name="outcomes" type="xs:string"/>
          <xs:element name="arm" type="lb:LiveArm" minOccurs="2" maxOccurs="unbounded"/>
          <xs:element name="lift" type="lb:LiveLift" maxOccurs="unbounded"/>
          <xs:element name="sampleRatio" type="lb:SampleRatio"/>
          <!-- Assigned units without an outcome yet: left out of every figure. -->
          <xs:element name="notYetObserved" type="lb:count"/>
          <xs:element name="detectableEffect" type="lb:DetectableEffect" minOccurs="0"/>
          <xs:element name="sequential" type="lb:SequentialTest" minOccurs="0"/>
          <!-- Why there is no sequential test (no dates, or more than two arms). -->
          <xs:element name="sequentialNote" type="xs:string" minOccurs="0"/>
        </xs:sequence>
        <xs:attribute name="version" type="lb:name" use="required"/>
        <!-- The two-sided significance level α. -->
        <xs:attribute name="alpha" type="lb:level" use="required"/>
      </xs:complexType>

      <xs:complexType name="LiveArm">
        <xs:sequence>
          <!-- conversions / units with its Wilson interval. -->
          <xs:element name="rate" type="lb:ConfidenceInterval"/>
        </xs:sequence>
        <xs:attribute name="name" type="lb:name" use="required"/>
        <xs:attribute name="weight" type="xs:double" use="required"/>
        <xs:attribute name="units" type="lb:count" use="required"/>
        <xs:attribute name="conversions" type="lb:count" use="required"/>
        <!-- units / all observed units. -->
        <xs:attribute name="share" type="xs:double" use="required"/>
        <!-- P(this arm's rate is the highest) under independent Beta(1 + x, 1 + n − x) posteriors. -->
        <xs:attribute name="probabilityBest" type="xs:double" use="required"/>
      </xs:complexType>

      <xs:complexType name="LiveLift">
        <xs:sequence>
          <!-- p_T − p_C with Newcombe's hybrid score interval. -->
          <xs:element name="absolute" type="lb:ConfidenceInterval"/>
          <!-- p_T / p_C − 1 with the log-adjusted interval of the ratio. -->
          <xs:element name="relative" type="lb:ConfidenceInterval"/>
          <!-- The pooled two-proportion z-test (statsmodels proportions_ztest). -->
          <xs:element name="z" type="xs:double"/>
          <xs:element name="pValue" type="xs:double"/>
        </xs:sequence>
        <xs:attribute name="treatment" type="lb:name" use="required"/>
        <xs:attribute name="control" type="lb:name" use="required"/>
      </xs:complexType>

      <xs:complexType name="DetectableEffect">
        <xs:annotation><xs:documentation>
          The smallest rate the test detects with the given power at its size: Cohen's h solved from
          h·√(n/2) = z(1−α/2) + z(power) with n the control's units (statsmodels NormalIndPower), turned
          back into a rate from the control's observed rate.
        </xs:documentation></xs:annotation>
        <xs:sequence>
          <xs:element name="baseRate" type="xs:double"/>
          <xs:element name="rate" type="xs:double"/>
          <xs:element name="relative" type="xs:double"/>
          <xs:element name="power" type="lb:level"/>
          <xs:element name="controlUnits" type="lb:count"/>
        </xs:sequence>
      </xs:complexType>

      <xs:complexType name="SequentialTest">
        <xs:annotation><xs:documentation>
          The mixture sequential probability ratio test (Johari, Pekelis and Walsh) at each daily look, on
          cumulative totals: z = (p_T − p_C)/√V with the pooled V, the always-valid p-value (the running
          minimum of 1/Λ) and the |z| boundary b at which p reaches α. Looking at every look does not raise
          the false positive rate above α.
        </xs:documentation></xs:annotation>
        <xs:sequence>
          <xs:element name="look" maxOccurs="unbounded">
            <xs:complexType>
              <xs:attribute name="day" type="xs:date" use="required"/>
              <xs:attribute name="controlUnits" type="lb:count" use="required"/>
              <xs:attribute name="controlConversions" type="lb:count" use="required"/>
              <xs:attribute name="treatmentUnits" type="lb:count" use="required"/>
              <xs:attribute name="treatmentConversions" type="lb:count" use="required"/>
              <xs:attribute name="z" type="xs:double" use="required"/>
              <!-- INF while no unit has converted (or every unit has). -->
              <xs:attribute name="boundary" type="xs:double" use="required"/>
              <xs:attribute name="pValue" type="xs:double" use="required"/>
              <xs:attribute name="rejected" type="xs:boolean" use="required"/>
            </xs:complexType>
          </xs:element>
          <!-- The first day whose always-valid p-value is at most α, when there is one. -->
          <xs:element name="firstRejection" type="xs:date" minOccurs="0"/>
          <xs:element name="pValue" type="xs:double"/>
        </xs:sequence>
        <xs:attribute name="control" type="lb:name" use="required"/>
        <xs:attribute name="treatment" type="lb:name" use="required"/>
        <xs:attribute name="alpha" type="lb:level" use="required"/>
        <!-- τ², the prior variance of the difference mixed over. -->
        <xs:attribute name="mixingVariance" type="xs:double" use="required"/>
      </xs:complexType>
    </xs:schema>

    """#
}
