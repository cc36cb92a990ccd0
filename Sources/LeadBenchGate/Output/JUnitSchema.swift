/// The JUnit XML shape the gate writes (testsuites > testsuite > testcase > failure | skipped).
///
/// The canonical file is `schemas/junit.xsd` in the repository; ``xsd`` is the same text, embedded so
/// the gate validates its JUnit XML wherever it runs. A test asserts the two are byte-identical: edit the
/// file, then copy it here.
public enum JUnitSchema {
    /// The file name of the schema in the repository's `schemas/` folder.
    public static let fileName = "junit.xsd"

    /// The text of `schemas/junit.xsd`.
    public static let xsd = #"""
    <?xml version="1.0" encoding="UTF-8"?>
    <!--
      The common shape of JUnit XML that CI servers display (Jenkins, GitLab, Azure DevOps, the JUnit
      reporters of hosted runners): testsuites > testsuite > testcase, a testcase holding at most one of
      failure, error or skipped. Written from the Ant/Surefire format as Jenkins' junit XSD describes it,
      keeping what those readers agree on; `leadbench gate` writes this shape and its tests validate against
      this file.

      Conventions
      - Counts are whole numbers, at least 0; `time` is in seconds and optional (leadbench leaves it out,
        so the same gate writes the same file).
      - A testcase without a failure, error or skipped child passed.
    -->
    <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" elementFormDefault="unqualified">

      <xs:element name="testsuites">
        <xs:complexType>
          <xs:sequence>
            <xs:element ref="testsuite" minOccurs="0" maxOccurs="unbounded"/>
          </xs:sequence>
          <xs:attribute name="name" type="xs:string"/>
          <xs:attribute name="tests" type="xs:nonNegativeInteger"/>
          <xs:attribute name="failures" type="xs:nonNegativeInteger"/>
          <xs:attribute name="errors" type="xs:nonNegativeInteger"/>
          <xs:attribute name="skipped" type="xs:nonNegativeInteger"/>
          <xs:attribute name="disabled" type="xs:nonNegativeInteger"/>
          <xs:attribute name="time" type="xs:decimal"/>
        </xs:complexType>
      </xs:element>

      <xs:element name="testsuite">
        <xs:complexType>
          <xs:sequence>
            <xs:element name="properties" minOccurs="0">
              <xs:complexType>
                <xs:sequence>
                  <xs:element name="property" minOccurs="0" maxOccurs="unbounded">
                    <xs:complexType>
                      <xs:attribute name="name" type="xs:string" use="required"/>
                      <xs:attribute name="value" type="xs:string" use="required"/>
                    </xs:complexType>
                  </xs:element>
                </xs:sequence>
              </xs:complexType>
            </xs:element>
            <xs:element name="testcase" type="testcase" minOccurs="0" maxOccurs="unbounded"/>
            <xs:element name="system-out" type="xs:string" minOccurs="0"/>
            <xs:element name="system-err" type="xs:string" minOccurs="0"/>
          </xs:sequence>
          <xs:attribute name="name" type="xs:string" use="required"/>
          <xs:attribute name="tests" type="xs:nonNegativeInteger" use="required"/>
          <xs:attribute name="failures" type="xs:nonNegativeInteger"/>
          <xs:attribute name="errors" type="xs:nonNegativeInteger"/>
          <xs:attribute name="skipped" type="xs:nonNegativeInteger"/>
          <xs:attribute name="disabled" type="xs:nonNegativeInteger"/>
          <xs:attribute name="time" type="xs:decimal"/>
          <xs:attribute name="timestamp" type="xs:dateTime"/>
          <xs:attribute name="hostname" type="xs:string"/>
          <xs:attribute name="id" type="xs:string"/>
          <xs:attribute name="package" type="xs:string"/>
          <xs:attribute name="file" type="xs:string"/>
        </xs:complexType>
      </xs:element>

      <xs:complexType name="testcase">
        <xs:sequence>
          <xs:choice minOccurs="0">
            <xs:element name="skipped" type="outcome"/>
            <xs:element name="error" type="outcome"/>
            <xs:element name="failure" type="outcome"/>
          </xs:choice>
          <xs:element name="system-out" type="xs:string" minOccurs="0"/>
          <xs:element name="system-err" type="xs:string" minOccurs="0"/>
        </xs:sequence>
        <xs:attribute name="name" type="xs:string" use="required"/>
        <xs:attribute name="classname" type="xs:string"/>
        <xs:attribute name="assertions" type="xs:nonNegativeInteger"/>
        <xs:attribute name="time" type="xs:decimal"/>
        <xs:attribute name="status" type="xs:string"/>
        <xs:attribute name="file" type="xs:string"/>
        <xs:attribute name="line" type="xs:nonNegativeInteger"/>
      </xs:complexType>

      <!-- A failure (an assertion that did not hold), an error (the test could not run) or a skip: a short
           message, a type, and the details as text. -->
      <xs:complexType name="outcome">
        <xs:simpleContent>
          <xs:extension base="xs:string">
            <xs:attribute name="message" type="xs:string"/>
            <xs:attribute name="type" type="xs:string"/>
          </xs:extension>
        </xs:simpleContent>
      </xs:complexType>
    </xs:schema>

    """#
}
