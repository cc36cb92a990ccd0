"""The peer's replay of each lead through its horizon (DESIGN §2), with NumPy, scikit-learn and LightGBM,
by leadbench's rules:

  Sources/LeadBenchReplay/Replay.swift            the first qualifying moment, the peaks, hit or miss
  Sources/LeadBenchReplay/ThresholdRecommendation.swift
                                                  a threshold the experiment leaves open: chosen on the
                                                  training leads followed for a whole horizon (capacity:
                                                  the lowest peak that qualifies at most N per week)
  Sources/LeadBenchModels/Predictive/FeatureRowModel+Course.swift (CourseMoments)
                                                  the moments a predictive score is taken at

A lead is followed from its creation `start` to `end = start + horizon`; `cut` is the second before it
converted (converted leads only). Its moments and what each answers:

  predictive models   start, each day after it (end is the last), each activity, the second before each
                      activity, and each moment an activity leaves a 7-, 30- or 90-day window (a + d + 1 s):
                      all are crossing and peak moments but the seconds before activities (peak only);
                      the cut is a moment of its own.
  rule models         start and each activity: a points score changes only there, and the engagement
                      score only falls between activities (its points decay, the inactivity penalty
                      starts), so the first crossing and the peaks are among these moments.

  first moment        the earliest crossing moment whose score reaches the threshold
  peak                the highest score over the peak moments
  peak through cut    the highest over the peak moments up to the cut, and the cut (when cut ≥ start)

Each predictive moment's row is the lead's encoded attributes beside its activity features as of the
moment (the same definitions as the ranking's as-of table), scored by the fitted model. Leads go in
blocks of BLOCK_LEADS so that the moment rows of one block (about 190 per lead) fit in memory.
"""

import math

import numpy as np

DAY = 86_400
CROSSING, PEAK, CUT = 1, 2, 4
NEVER = np.iinfo(np.int64).max
EXIT_WINDOWS_DAYS = [7, 30, 90]
BLOCK_LEADS = 250


class History:
    """Every lead's activities, sorted by lead then time, with each lead's range and, for window counts,
    a second order by (lead, type, time) whose keys `searchsorted` answers."""

    def __init__(self, activity_lead, activity_at, activity_type, types, lead_count, created, account):
        order = np.lexsort((activity_at, activity_lead))
        self.lead = activity_lead[order]
        self.at = activity_at[order]
        self.type = activity_type[order]
        self.types = types
        self.offsets = np.searchsorted(self.lead, np.arange(lead_count + 1))
        self.base = int(min(self.at.min(), np.nanmin(created))) - 400 * DAY
        self.span = 1 << 33                     # seconds of one (lead, type) key range: > 270 years
        by_type = np.lexsort((self.at, self.type, self.lead))
        self.typed_keys = self.key(self.lead[by_type] * len(types) + self.type[by_type], self.at[by_type])
        self.timed_keys = self.key(self.lead, self.at)
        # Colleagues: each account's creation moments, as the as-of table counts them.
        self.account = account
        self.created = created
        known = account >= 0
        self.account_keys = np.sort(self.key(account[known], created[known].astype(np.int64)))

    def key(self, group, at):
        """The sort key of moment `at` within `group` (a lead, or a lead and type, or an account)."""
        return group.astype(np.int64) * self.span + (at.astype(np.int64) - self.base)

    def latest(self, lead, t):
        """Each lead's latest activity at or before `t`: whether it has one, and its time."""
        index = np.searchsorted(self.timed_keys, self.key(lead, t), side="right") - 1
        has = (index >= self.offsets[lead]) & (index >= 0)
        return has, self.at[np.maximum(index, 0)]

    def activity_rows(self, leads):
        """For each of `leads` (rows of the lead table, repeats allowed), the positions of its activities,
        and the index in `leads` each belongs to."""
        first, last = self.offsets[leads], self.offsets[leads + 1]
        counts = last - first
        owner = np.repeat(np.arange(len(leads)), counts)
        rows = np.arange(counts.sum()) - np.repeat(np.cumsum(counts) - counts - first, counts)
        return rows, owner

    def counts_through(self, lead, type_code, t):
        """How many activities of `type_code` each `lead` had at or before `t`."""
        group = lead * len(self.types) + type_code
        return (np.searchsorted(self.typed_keys, self.key(group, t), side="right")
                - np.searchsorted(self.typed_keys, self.key(group, np.full_like(t, self.base)), side="left"))

    def activity_features(self, lead, t, windows_days, recency_cap_days):
        """The as-of table's activity columns for rows (lead, t): counts of each type in (t − d, t] for each
        window d, days since the latest activity (capped), no activity yet, log(1 + colleagues)."""
        columns = []
        for days in windows_days:
            for code in range(len(self.types)):
                group = lead * len(self.types) + code
                upto = np.searchsorted(self.typed_keys, self.key(group, t), side="right")
                before = np.searchsorted(self.typed_keys, self.key(group, t - days * DAY), side="right")
                columns.append(upto - before)
        has, latest = self.latest(lead, t)
        quiet = (t - latest) / DAY
        columns.append(np.where(has, np.minimum(quiet, recency_cap_days), recency_cap_days))
        columns.append((~has).astype(float))
        account = self.account[lead]
        first = np.searchsorted(self.account_keys, self.key(account, np.full_like(t, self.base)), side="left")
        by_t = np.searchsorted(self.account_keys, self.key(account, t), side="right")
        columns.append(np.where(account >= 0, np.log1p(np.maximum(0, by_t - first - 1)), 0.0))
        return np.column_stack(columns).astype(float)


def moments(leads, start, end, cut, history, every_day):
    """The followed leads' moments: (position in `leads`, moment, flags), sorted by position and moment,
    each moment once with its flags OR-ed. `cut` is −1 where a lead has none."""
    n = len(leads)
    position, moment, flags = [], [], []

    def add(where, at, flag):
        keep = (at >= start[where]) & (at <= end[where])
        position.append(where[keep])
        moment.append(at[keep])
        flags.append(np.full(keep.sum(), flag, dtype=np.int8))

    everyone = np.arange(n)
    add(everyone, start, CROSSING | PEAK)
    add(everyone, end, PEAK)
    has_cut = cut >= 0
    add(everyone[has_cut], cut[has_cut], CUT)
    rows, owner = history.activity_rows(leads)
    at = history.at[rows]
    add(owner, at, CROSSING | PEAK)
    if every_day:
        days = int(round((end - start).max() / DAY))
        for k in range(1, days + 1):
            add(everyone, start + k * DAY, CROSSING | PEAK)
        add(owner, at - 1, PEAK)
        for window in EXIT_WINDOWS_DAYS:
            add(owner, at + window * DAY + 1, CROSSING | PEAK)
    position, moment, flags = np.concatenate(position), np.concatenate(moment), np.concatenate(flags)
    order = np.lexsort((moment, position))
    position, moment, flags = position[order], moment[order], flags[order]
    first = np.flatnonzero(np.r_[True, (position[1:] != position[:-1]) | (moment[1:] != moment[:-1])])
    return position[first], moment[first], np.bitwise_or.reduceat(flags, first)


def courses(position, moment, flags, scores, n, cut, start, threshold):
    """Per lead: the first crossing moment reaching `threshold` (NEVER without one; threshold None: all
    NEVER), the peak, and the peak through the cut (−∞ without a cut in the span)."""
    segments = np.searchsorted(position, np.arange(n))
    peak = np.maximum.reduceat(np.where(flags & PEAK, scores, -np.inf), segments)
    through = ((flags & (PEAK | CUT)) > 0) & (moment <= cut[position])
    peak_cut = np.maximum.reduceat(np.where(through, scores, -np.inf), segments)
    peak_cut = np.where((cut >= 0) & (cut >= start), peak_cut, -np.inf)
    if threshold is None:
        return np.full(n, NEVER), peak, peak_cut
    crossing = ((flags & CROSSING) > 0) & (scores >= threshold)
    first = np.minimum.reduceat(np.where(crossing, moment, NEVER), segments)
    return first, peak, peak_cut


def capacity_threshold(peaks, hit_peaks, weeks, per_week):
    """The lowest of the distinct finite peaks that qualifies at most `per_week` leads per week (qualified
    at t: peak ≥ t); None when none does."""
    candidates = np.unique(np.r_[peaks, hit_peaks])
    candidates = candidates[np.isfinite(candidates)]
    sorted_peaks = np.sort(peaks)
    qualified = len(sorted_peaks) - np.searchsorted(sorted_peaks, candidates, side="left")
    meets = np.flatnonzero(qualified / weeks <= per_week)
    return float(candidates[meets[0]]) if len(meets) else None


def weeks(created):
    """The span of the leads' creation in weeks, at least one."""
    return max(1.0, (created.max() - created.min()) / (7 * DAY))


class PredictiveScorer:
    """Scores (lead, moment) rows with a fitted model: the lead's encoded attributes (from the fitted
    ColumnTransformer's categorical and numeric parts) beside its activity features — the standardised
    ones with the transformer's activity scaler, then the indicators as they are — the columns the
    transformer itself lays out."""

    def __init__(self, transformer, frame, categorical, numeric, history, windows_days, recency_cap_days, activity_columns):
        parts = transformer.named_transformers_
        self.categories, self.numbers = parts["categories"], parts["numbers"]
        scaler = parts["activity"]
        self.mean, self.scale = scaler.mean_, scaler.scale_
        # Positions in `activity_columns` (History.activity_features' order) of the scaled columns and
        # of the indicators passed through.
        scaled = list(scaler.feature_names_in_)
        self.scaled = [activity_columns.index(name) for name in scaled]
        self.passed = [i for i, name in enumerate(activity_columns) if name not in scaled]
        self.frame, self.categorical, self.numeric = frame, categorical, numeric
        self.history, self.windows_days, self.recency_cap_days = history, windows_days, recency_cap_days

    def attributes(self, leads):
        part = self.frame.iloc[leads]
        encoded = self.categories.transform(part[self.categorical])
        encoded = encoded.toarray() if hasattr(encoded, "toarray") else encoded
        return np.hstack([encoded, self.numbers.transform(part[self.numeric])])

    def rows(self, leads, position, moment):
        activity = self.history.activity_features(leads[position], moment, self.windows_days, self.recency_cap_days)
        return np.hstack([self.attributes(leads)[position], (activity[:, self.scaled] - self.mean) / self.scale,
                          activity[:, self.passed]])


def replay_predictive(models, scorer, leads, start, end, cut, thresholds):
    """First moments, peaks and peaks through the cut of `leads` under fitted probability models (name →
    model), block by block, each block's moment rows built once for every model. `thresholds` gives each
    model's threshold, or None for peaks only. Returns name → (first, peak, peak through cut)."""
    n = len(leads)
    out = {name: (np.full(n, NEVER), np.empty(n), np.empty(n)) for name in models}
    for low in range(0, n, BLOCK_LEADS):
        block = slice(low, min(n, low + BLOCK_LEADS))
        position, moment, flags = moments(leads[block], start[block], end[block], cut[block], scorer.history, every_day=True)
        rows = scorer.rows(leads[block], position, moment)
        for name, model in models.items():
            scores = model.predict_proba(rows)[:, 1]
            threshold = None if thresholds is None else thresholds[name]
            first, peak, peak_cut = out[name]
            first[block], peak[block], peak_cut[block] = courses(
                position, moment, flags, scores, len(leads[block]), cut[block], start[block], threshold)
    return out


def points_scores(history, leads, position, moment, attribute_points, rules):
    """The points model at rows (lead, moment): attribute points plus, per activity rule, its points per
    occurrence so far, capped."""
    lead = leads[position]
    score = attribute_points[lead].astype(float)
    codes = {name: code for code, name in enumerate(history.types)}
    for activity, points, cap in rules:
        if activity in codes:
            total = history.counts_through(lead, np.full_like(lead, codes[activity]), moment) * float(points)
            score += total if cap is None else np.clip(total, -cap, cap)
    return score


def engagement_scores(history, leads, position, moment, rules, half_life_days, inactive_after_days, inactive_points):
    """The engagement model at rows (lead, moment): per rule, its points × Σ 2^(−age / half-life) over the
    lead's activities of its type up to the moment, capped; the penalty after enough quiet days (since the
    latest activity, or creation without one)."""
    lead = leads[position]
    # Pairs (moment row, an activity of the row's lead at or before the moment).
    activity, row_index = history.activity_rows(lead)
    age = moment[row_index] - history.at[activity]
    seen = age >= 0
    row_index, activity, age = row_index[seen], activity[seen], age[seen]
    weight = np.exp(-math.log(2) * age / (half_life_days * DAY))
    pair_type = history.type[activity]
    score = np.zeros(len(position))
    codes = {name: code for code, name in enumerate(history.types)}
    for name, points, cap in rules:
        if name not in codes:
            continue
        mine = pair_type == codes[name]
        total = np.bincount(row_index[mine], weights=weight[mine], minlength=len(position)) * points
        score += total if cap is None else np.clip(total, -cap, cap)
    has, latest = history.latest(lead, moment)
    last = np.where(has, latest, history.created[lead])
    return score + np.where(moment - last >= inactive_after_days * DAY, inactive_points, 0)


def replay_rules(score_rows, history, leads, start, end, cut, threshold):
    """First moments and peaks of a rule model, from its scores at start and each activity."""
    n = len(leads)
    first, peak, peak_cut = np.full(n, NEVER), np.empty(n), np.empty(n)
    for low in range(0, n, BLOCK_LEADS * 5):
        block = slice(low, min(n, low + BLOCK_LEADS * 5))
        position, moment, flags = moments(leads[block], start[block], end[block], cut[block], history, every_day=False)
        scores = score_rows(leads[block], position, moment)
        first[block], peak[block], peak_cut[block] = courses(
            position, moment, flags, scores, len(leads[block]), cut[block], start[block], threshold)
    return first, peak, peak_cut


def sweep(peaks, hit_peaks, converted, weeks_span, threshold, points=20):
    """What other thresholds would do on the replayed leads (QualificationSweep.table): at most `points`
    thresholds spread over the qualified volume — point j the highest threshold qualifying at least
    ⌈j·n / points⌉ leads — and the model's own; at threshold t, qualified = #{peak ≥ t} and
    hits = #{converted, peak before converting ≥ t}."""
    sorted_peaks, sorted_hits = np.sort(peaks), np.sort(hit_peaks)
    candidates = np.unique(np.r_[peaks, hit_peaks])
    candidates = candidates[np.isfinite(candidates)]

    def at_least(sorted_values, t):
        return len(sorted_values) - np.searchsorted(sorted_values, t, side="left")

    if len(candidates) <= points:
        chosen = set(candidates.tolist())
    else:
        descending = candidates[::-1]
        qualified = at_least(sorted_peaks, descending)
        wanted = (np.arange(1, points + 1) * len(peaks) + points - 1) // points
        chosen = set(descending[np.minimum(np.searchsorted(qualified, wanted, side="left"), len(descending) - 1)].tolist())
    chosen.add(float(threshold))
    table = []
    for t in sorted(chosen):
        q, h = int(at_least(sorted_peaks, t)), int(at_least(sorted_hits, t))
        table.append({"threshold": t, "qualified": q, "hits": h, "precision": h / q if q else None,
                      "recall": h / converted if converted else None, "per_week": q / weeks_span})
    return table
