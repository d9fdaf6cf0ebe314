/**
 * The two `imsmanifest.xml` files, from templates of our own: one SCO, the whole course, that
 * starts at `index.html`. Pure functions of the course's title and the package's file list, so a
 * test can validate them against the standards' XSDs without building anything.
 */
import { PASS_MARK } from '../../quiz/pass-mark';

export interface ManifestInput {
  title: string;
  /** Every file in the package, relative to its root, `/`-separated. */
  files: readonly string[];
}

function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function fileList(files: readonly string[]): string {
  return files.map((href) => `      <file href="${escapeXml(href)}"/>`).join('\n');
}

/** SCORM 1.2: IMS CP 1.1.2 with ADL's `adlcp` 1.2 extensions. */
export function scorm12Manifest({ title, files }: ManifestInput): string {
  const name = escapeXml(title);
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="lectern" version="1.0"
    xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
    xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="lectern-course">
    <organization identifier="lectern-course">
      <title>${name}</title>
      <item identifier="lectern-item" identifierref="lectern-sco" isvisible="true">
        <title>${name}</title>
        <adlcp:masteryscore>${Math.round(PASS_MARK * 100)}</adlcp:masteryscore>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="lectern-sco" type="webcontent" adlcp:scormtype="sco" href="index.html">
${fileList(files)}
    </resource>
  </resources>
</manifest>
`;
}

/** SCORM 2004 4th Edition: the primary objective is satisfied by a scaled score of 0.8. */
export function scorm2004Manifest({ title, files }: ManifestInput): string {
  const name = escapeXml(title);
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="lectern" version="1.0"
    xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
    xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
    xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
    xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
    xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
  </metadata>
  <organizations default="lectern-course">
    <organization identifier="lectern-course">
      <title>${name}</title>
      <item identifier="lectern-item" identifierref="lectern-sco" isvisible="true">
        <title>${name}</title>
        <imsss:sequencing>
          <imsss:objectives>
            <imsss:primaryObjective objectiveID="lectern-mastery" satisfiedByMeasure="true">
              <imsss:minNormalizedMeasure>${PASS_MARK}</imsss:minNormalizedMeasure>
            </imsss:primaryObjective>
          </imsss:objectives>
        </imsss:sequencing>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="lectern-sco" type="webcontent" adlcp:scormType="sco" href="index.html">
${fileList(files)}
    </resource>
  </resources>
</manifest>
`;
}
