// Ubuntu 23.10+ (and 24.04) let a program create user namespaces, which Chromium's sandbox needs,
// only when an AppArmor profile allows it; without one Electron aborts at start. The .deb installs
// its own profile; `npm start` (the Electron in node_modules) needs one too. This says how.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const RESTRICT_FLAG = '/proc/sys/kernel/apparmor_restrict_unprivileged_userns'

/** The AppArmor profile that lets `binary` use user namespaces (the same as electron-builder's for the .deb). */
export function profileFor(binary, name) {
  return `abi <abi/4.0>,\ninclude <tunables/global>\n\nprofile ${name} "${binary}" flags=(unconfined) {\n  userns,\n  include if exists <local/${name}>\n}\n`
}

/**
 * What to do before `binary` can start here, or null when nothing is needed: not Linux, no
 * restriction, or a profile that names the binary is already installed.
 */
export function sandboxAdvice({ platform, restricted, installedProfiles, binary, name = 'cluster-workbench-dev' }) {
  if (platform !== 'linux' || !restricted) return null
  if (installedProfiles.some((text) => text.includes(binary))) return null
  const file = `/etc/apparmor.d/${name}`
  return [
    'This Linux restricts the user namespaces that Electron\'s sandbox needs (Ubuntu 23.10 and later),',
    'so the app will not start until an AppArmor profile allows it. Install one (asks for your password):',
    '',
    `sudo tee ${file} > /dev/null <<'PROFILE'`,
    profileFor(binary, name).trimEnd(),
    'PROFILE',
    `sudo apparmor_parser --replace ${file}`
  ].join('\n')
}

/** The facts of this machine, read from /proc and /etc/apparmor.d. */
export function thisMachine(binary) {
  const restricted = existsSync(RESTRICT_FLAG) && readFileSync(RESTRICT_FLAG, 'utf8').trim() === '1'
  let installedProfiles = []
  try {
    installedProfiles = readdirSync('/etc/apparmor.d', { withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => readFileSync(join('/etc/apparmor.d', entry.name), 'utf8'))
  } catch {
    // No AppArmor here: nothing restricts the sandbox.
  }
  return { platform: process.platform, restricted, installedProfiles, binary }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const binary = process.argv[2]
  if (!binary) {
    console.error('Usage: node scripts/linux-sandbox.mjs <path to the electron or cluster-workbench binary>')
    process.exit(2)
  }
  console.log(sandboxAdvice(thisMachine(binary)) ?? 'Nothing to do: the sandbox can start here.')
}
