// electron-builder afterPack hook: burns the Electron security fuses into the packaged
// binary (Electron security checklist: "check which fuses you can change"). It runs before
// signing, so the signature covers the flipped fuses.
const { join } = require('node:path');
const { flipFuses, FuseV1Options, FuseVersion } = require('@electron/fuses');

/** @type {import('@electron/fuses').FuseV1Config} */
const FUSES = {
  version: FuseVersion.V1,
  // @electron/fuses 1.x (2.x needs Node 22) names 8 fuses; Electron 45 has more, whose
  // defaults are safe, so a strict "all fuses set" check would refuse to build.
  strictlyRequireAllFuses: false,
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableCookieEncryption]: true,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
};

// electron-builder's Arch enum (builder-util): arm64 = 3, universal = 4.
const APPLE_SILICON_ARCHES = new Set([3, 4]);

/** The file that holds the fuse wire: the .app bundle on macOS, the executable elsewhere. */
function electronBinary(context) {
  const { electronPlatformName, appOutDir, packager } = context;
  const name = packager.appInfo.productFilename;
  if (electronPlatformName === 'darwin' || electronPlatformName === 'mas')
    return join(appOutDir, `${name}.app`);
  if (electronPlatformName === 'win32') return join(appOutDir, `${name}.exe`);
  return join(appOutDir, packager.executableName);
}

async function afterPack(context) {
  const isMac = context.electronPlatformName === 'darwin' || context.electronPlatformName === 'mas';
  // Changing the binary breaks the ad-hoc signature Apple Silicon requires; re-sign ad hoc.
  const resetAdHocDarwinSignature = isMac && APPLE_SILICON_ARCHES.has(context.arch);
  await flipFuses(electronBinary(context), { ...FUSES, resetAdHocDarwinSignature });
}

module.exports = afterPack;
module.exports.default = afterPack;
module.exports.FUSES = FUSES;
module.exports.electronBinary = electronBinary;
