/**
 * Dmpdownloader.log message sequences, in the order Microsoft's support articles quote them: KB
 * 4490424's step-by-step download (SupportArticles-docs understand-troubleshoot-updates-servicing.md)
 * and the 2107 release notes (memdocs release-notes.md, "Version 2107 update fails to download").
 * The quoted messages are kept verbatim; only the package GUID and the report times vary.
 */

export const MANIFEST = '00000000-0000-0000-0000-000000000000';
export const PACKAGE = '3b7d84fa-eccc-4ea0-b8ab-abbda1e88e0e';

/** The messages of a successful sync cycle and package download (KB 4490424, in order). */
export function successfulDownload(pkg = PACKAGE): string[] {
  return [
    "Hasn't synced recently.",
    `Generating state message: 0 for package ${MANIFEST}`,
    'Successfully Dropped the state message 0',
    'Checking for preview version',
    'Easysetup fwlink to download the manifest: https://go.microsoft.com/fwlink/?LinkId=2309745',
    'Redirected to URL https://sccm.manage.microsoft.com/SCCMConnectedService.svc',
    `Generating state message: 1 for package ${MANIFEST}`,
    'Download manifest.cab',
    'Redirected to URL https://download.microsoft.com/download/6e09da86-4e81-4c36-a2f4-98b7bc4e261c/ConfigMgr.Update.Manifest.cab',
    'manifest.cab (http response) size is 11526232',
    `Generating state message: 2 for package ${MANIFEST}`,
    "File 'E:\\ConfigMgr\\EasySetupPayload\\ConfigMgr.Update.Manifest.cab' is signed and trusted.",
    'Finished calling verify manifest',
    `Generating state message: 3 for package ${MANIFEST}`,
    'Manifest.cab was successfully moved to the connector outbox',
    `Generating state message: 4 for package ${MANIFEST}`,
    'Get new Easy Setup Package IDs',
    'Found a new available update',
    `Generating state message: 6 for package ${pkg}`,
    `EasySetupDownloadSinglePackage downloading ${pkg}. `,
    `Generating state message: 8 for package ${pkg}`,
    `Content for ${pkg} does not exist locally. Download it from internet`,
    `outerxml is <ConfigurationManagerUpdateContent Guid="${pkg}" State="262145" ReportTime="2024-12-17T14:49:55" />`,
    `Generating state message: 9 for package ${pkg}`,
    `Download content for payload ${pkg}`,
    'Download large file with BITs',
    `Redirected to URL https://configmgrbits.azureedge.net/release/2409SR1_9132.1011/${pkg.toUpperCase()}/${pkg.toUpperCase()}.cab`,
    `Generating state message: 10 for package ${pkg}`,
    'Verify the payload signature, hash value and extract the payload',
    `File E:\\ConfigMgr\\EasySetupPayload\\${pkg}.cab has been extracted with 0`,
    `Generating state message: 25 for package ${pkg}`,
    `Check if there is redist to download for update, ${pkg}`,
    `Successfully download redist for ${pkg}.`,
    `Generating state message: 11 for package ${pkg}`,
    `outerxml is <ConfigurationManagerUpdateContent Guid="${pkg}" State="262146" ReportTime="2024-12-17T15:09:52" />`,
    `Generating state message: 12 for package ${pkg}`,
    `Generating state message: 13 for package ${pkg}`,
    `EasySetupDownloadSinglePackage finishes downloading ${pkg}. `,
  ];
}

/** A package download that fails on the CDN's name (the 2107 release notes), then retries. */
export function failedPayloadDownload(pkg = PACKAGE): string[] {
  return [
    'Found a new available update',
    `Generating state message: 6 for package ${pkg}`,
    `EasySetupDownloadSinglePackage downloading ${pkg}. `,
    `Generating state message: 8 for package ${pkg}`,
    `Generating state message: 9 for package ${pkg}`,
    `Download content for payload ${pkg}`,
    'Download large file with BITs',
    "WARNING: EasySetupDownloadSinglePackage Failed with exception: The remote name could not be resolved: 'configmgrbits.azureedge.net'",
    'WARNING: Retry in the next polling cycle',
  ];
}
