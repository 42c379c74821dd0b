/**
 * /etc/os-release as the distribution ships it. Base-image skeletons keep the file's size but
 * not its text, and Dockerfiles often `. /etc/os-release` to read VERSION_CODENAME; the text is
 * rebuilt from /etc/alpine-release or /etc/debian_version (or the image's tag for Ubuntu).
 */
import { getEntry } from '../../fs';
import type { Shell } from './state';

const DEBIAN_CODENAMES: Record<string, string> = { '9': 'stretch', '10': 'buster', '11': 'bullseye', '12': 'bookworm', '13': 'trixie' };
const UBUNTU_CODENAMES: Record<string, string> = { '18.04': 'bionic', '20.04': 'focal', '22.04': 'jammy', '24.04': 'noble' };

function contentOf(sh: Shell, path: string): string | undefined {
  const e = getEntry(sh.shared.tree, path);
  return e?.kind === 'file' ? e.content?.trim() : undefined;
}

/** The os-release text for `/etc/os-release` or `/usr/lib/os-release`; undefined for other paths. */
export function osReleaseText(sh: Shell, path: string): string | undefined {
  if (path !== '/etc/os-release' && path !== '/usr/lib/os-release') return undefined;
  const alpine = contentOf(sh, '/etc/alpine-release');
  if (alpine !== undefined) {
    const minor = alpine.split('.').slice(0, 2).join('.');
    return `NAME="Alpine Linux"\nID=alpine\nVERSION_ID=${alpine}\nPRETTY_NAME="Alpine Linux v${minor}"\nHOME_URL="https://alpinelinux.org/"\nBUG_REPORT_URL="https://gitlab.alpinelinux.org/alpine/aports/-/issues"\n`;
  }
  if (sh.shared.ctx.osFamily === 'ubuntu') {
    const tag = /ubuntu:(\d\d\.\d\d)/.exec(sh.shared.ctx.baseImage ?? '')?.[1] ?? '22.04';
    const code = UBUNTU_CODENAMES[tag] ?? 'jammy';
    return `PRETTY_NAME="Ubuntu ${tag} LTS"\nNAME="Ubuntu"\nVERSION_ID="${tag}"\nVERSION="${tag} LTS (${code})"\nVERSION_CODENAME=${code}\nID=ubuntu\nID_LIKE=debian\nUBUNTU_CODENAME=${code}\n`;
  }
  const debian = contentOf(sh, '/etc/debian_version');
  if (debian !== undefined || sh.shared.ctx.osFamily === 'debian') {
    const major = (debian ?? '12').split('.')[0] ?? '12';
    const code = DEBIAN_CODENAMES[major] ?? 'bookworm';
    return `PRETTY_NAME="Debian GNU/Linux ${major} (${code})"\nNAME="Debian GNU/Linux"\nVERSION_ID="${major}"\nVERSION="${major} (${code})"\nVERSION_CODENAME=${code}\nID=debian\nHOME_URL="https://www.debian.org/"\nSUPPORT_URL="https://www.debian.org/support"\nBUG_REPORT_URL="https://bugs.debian.org/"\n`;
  }
  return undefined;
}
