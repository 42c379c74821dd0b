/**
 * Program name -> handler. One file per family of commands; see each file for what is modelled.
 * Names not here are "not simulated" (a warning; the command changes nothing and succeeds).
 */
import { adduserCmd, addgroupCmd, groupaddCmd, useraddCmd, usermodCmd } from './accounts';
import { apkCmd } from './apk';
import { aptCmd } from './apt';
import { compressCmd, tarCmd, unzipCmd } from './archive';
import { chgrpCmd, chmodCmd, chownCmd } from './attrs';
import { cargoCmd } from './cargo';
import { cpCmd, installCmd, mvCmd } from './copyMove';
import { curlCmd, wgetCmd } from './download';
import { lnCmd, mkdirCmd, rmCmd, rmdirCmd, touchCmd } from './fileOps';
import { bunCmd, dotnetCmd, mixCmd, rubyCmd, rustupCmd, treeCmd } from './langTools';
import { duCmd, findCmd, lsCmd, xargsCmd } from './findLs';
import { gitCmd } from './git';
import { goCmd } from './go';
import { awkCmd, grepCmd } from './grepAwk';
import { esbuildCmd, nextCmd, nodeCmd, reactScriptsCmd, tscCmd, viteCmd, webpackCmd } from './jsBuild';
import {
  basenameCmd, dateCmd, dirnameCmd, envCmd, falseCmd, hostnameCmd, idCmd, mktempCmd, nprocCmd, ok, printenvCmd, readlinkCmd, realpathCmd,
  seqCmd, skipOptions, sleepCmd, unameCmd, whoamiCmd, wrapper,
} from './misc';
import { autoreconfCmd, configureCmd, makeCmd, ninjaCmd } from './nativeBuild';
import { cmakeCmd, mesonCmd } from './nativeCmake';
import { ccCmd, checkinstallCmd, stripCmd } from './nativeTools';
import { npmCmd, npxCmd } from './npm';
import { composerCmd, gradleCmd, mavenCmd } from './phpJvm';
import { pipCmd, poetryCmd, pythonCmd, uvCmd } from './python';
import { sedCmd } from './sed';
import { shell } from './shells';
import {
  addAptRepositoryCmd, aptKeyCmd, dpkgCmd, dpkgQueryCmd, gpgCmd, localeGenCmd, rpmCmd, updateCaCertificatesCmd, xxCmd,
} from './systemTools';
import { catCmd, checksumCmd, cutCmd, headCmd, sortCmd, tailCmd, teeCmd, trCmd, uniqCmd, wcCmd } from './textTools';
import type { Handler } from './types';
import { corepackCmd, pnpmCmd, yarnCmd } from './yarnPnpm';

const entries: [string[], Handler][] = [
  [['sh', 'bash', 'dash', 'ash'], shell],
  [['apk', 'xx-apk'], apkCmd],
  [['apt-get', 'apt', 'xx-apt-get', 'xx-apt'], aptCmd],
  [['dpkg'], dpkgCmd],
  [['dpkg-query'], dpkgQueryCmd],
  [['apt-key'], aptKeyCmd],
  [['add-apt-repository'], addAptRepositoryCmd],
  [['dnf', 'yum', 'microdnf', 'tdnf'], rpmCmd],
  [['xx-info', 'xx-verify', 'xx-go', 'xx-cargo', 'xx-clang', 'xx-clang++', 'xx-cc', 'xx-c++'], xxCmd],
  [['pip', 'pip3'], pipCmd],
  [['python', 'python3'], pythonCmd],
  [['uv'], uvCmd],
  [['poetry'], poetryCmd],
  [['npm'], npmCmd],
  [['npx'], npxCmd],
  [['yarn', 'yarnpkg'], yarnCmd],
  [['pnpm'], pnpmCmd],
  [['corepack'], corepackCmd],
  [['node', 'nodejs'], nodeCmd],
  [['vite'], viteCmd],
  [['tsc'], tscCmd],
  [['esbuild'], esbuildCmd],
  [['next'], nextCmd],
  [['react-scripts'], reactScriptsCmd],
  [['webpack'], webpackCmd],
  [['go'], goCmd],
  [['dotnet'], dotnetCmd],
  [['mix'], mixCmd],
  [['rustup'], rustupCmd],
  [['gcc', 'g++', 'cc', 'c++', 'clang', 'clang++', 'musl-gcc'], ccCmd],
  [['configure'], configureCmd],
  [['autoreconf', 'autogen.sh', 'bootstrap'], autoreconfCmd],
  [['make', 'gmake'], makeCmd],
  [['cmake'], cmakeCmd],
  [['ninja', 'ninja-build'], ninjaCmd],
  [['meson'], mesonCmd],
  [['checkinstall'], checkinstallCmd],
  [['strip'], stripCmd],
  [['bun'], bunCmd],
  [['tree'], treeCmd],
  [['bundle', 'gem'], rubyCmd],
  [['install_packages'], (inv) => aptCmd({ ...inv, name: 'apt-get', args: ['install', '-y', '--no-install-recommends', ...inv.args] })],
  [['cargo'], cargoCmd],
  [['composer'], composerCmd],
  [['mvn', 'mvnw'], mavenCmd],
  [['gradle', 'gradlew'], gradleCmd],
  [['curl'], curlCmd],
  [['wget'], wgetCmd],
  [['tar'], tarCmd],
  [['unzip'], unzipCmd],
  [['gzip', 'gunzip', 'zcat', 'xz', 'unxz', 'xzcat', 'bzip2', 'bunzip2', 'bzcat'], compressCmd],
  [['git'], gitCmd],
  [['mkdir'], mkdirCmd],
  [['rm'], rmCmd],
  [['rmdir'], rmdirCmd],
  [['touch'], touchCmd],
  [['ln'], lnCmd],
  [['cp'], cpCmd],
  [['mv'], mvCmd],
  [['install'], installCmd],
  [['chmod'], chmodCmd],
  [['chown'], chownCmd],
  [['chgrp'], chgrpCmd],
  [['cat'], catCmd],
  [['head'], headCmd],
  [['tail'], tailCmd],
  [['wc'], wcCmd],
  [['sort'], sortCmd],
  [['uniq'], uniqCmd],
  [['tr'], trCmd],
  [['cut'], cutCmd],
  [['tee'], teeCmd],
  [['sed'], sedCmd],
  [['grep', 'egrep', 'fgrep'], grepCmd],
  [['awk', 'gawk', 'mawk'], awkCmd],
  [['find'], findCmd],
  [['xargs'], xargsCmd],
  [['ls'], lsCmd],
  [['du'], duCmd],
  [['sha256sum', 'sha512sum', 'sha1sum', 'md5sum'], checksumCmd],
  [['useradd'], useraddCmd],
  [['adduser'], adduserCmd],
  [['addgroup'], addgroupCmd],
  [['groupadd'], groupaddCmd],
  [['usermod'], usermodCmd],
  [['date'], dateCmd],
  [['sleep'], sleepCmd],
  [['nproc'], nprocCmd],
  [['uname'], unameCmd],
  [['whoami'], whoamiCmd],
  [['id'], idCmd],
  [['hostname'], hostnameCmd],
  [['basename'], basenameCmd],
  [['dirname'], dirnameCmd],
  [['realpath'], realpathCmd],
  [['readlink'], readlinkCmd],
  [['mktemp'], mktempCmd],
  [['env'], envCmd],
  [['printenv'], printenvCmd],
  [['seq'], seqCmd],
  [['false'], falseCmd],
  [['nohup', 'time', 'nice', 'stdbuf', 'ionice', 'setsid', 'chronic', 'eatmydata', 'apt-dpkg-wrap'], wrapper(skipOptions())],
  [['timeout'], wrapper(skipOptions(1, ['-s', '-k', '--signal', '--kill-after']))],
  [['sudo'], wrapper(skipOptions(0, ['-u', '-g', '-E', '-H']))],
  [['gosu', 'su-exec', 'chroot'], wrapper(skipOptions(1))],
  [['tini', 'dumb-init'], wrapper(skipOptions())],
  [['update-ca-certificates'], updateCaCertificatesCmd],
  [['locale-gen', 'localedef'], localeGenCmd],
  [['gpg', 'gpg2'], gpgCmd],
  [['true', 'sync', 'ldconfig', 'setcap', 'systemctl', 'chpasswd', 'passwd', 'clear', 'dpkg-reconfigure', 'update-alternatives', 'gpgconf', 'dirmngr', 'chsh', 'apt-mark', 'apt-cache', 'debconf-set-selections', 'mknod', 'ssh-keyscan', 'ssh-keygen', 'tput', 'file', 'stat', 'getent', 'groups', 'kill', 'pkill', 'usleep', 'rc-update', 'update-rc.d', 'service', 'ulimit'], ok],
];

export const HANDLERS = new Map<string, Handler>(entries.flatMap(([names, h]) => names.map((n) => [n, h] as [string, Handler])));

/** Handlers that take precedence over a script file of the same name (wrapper scripts such as ./mvnw). */
export const PREFER_HANDLER = new Set(['mvnw', 'gradlew']);
