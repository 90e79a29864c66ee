// Packs the built library (run `npm run build` first) as a consumer receives it, into
// .cache/pack/bakertilly-espace-client-auth.tgz: the examples install this tarball, not a link.
import { execFileSync } from 'node:child_process';
import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const DESTINATION = '.cache/pack';
const TARBALL = join(DESTINATION, 'bakertilly-espace-client-auth.tgz');

rmSync(DESTINATION, { recursive: true, force: true });
mkdirSync(DESTINATION, { recursive: true });
const [packed] = JSON.parse(
  execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', DESTINATION], { encoding: 'utf8' }),
);
renameSync(join(DESTINATION, packed.filename), TARBALL);
console.log(`Packed ${packed.files.length} files into ${TARBALL} (${(packed.size / 1024).toFixed(0)} KB).`);
