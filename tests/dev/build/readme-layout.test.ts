// The README's "Project layout" table is the map a newcomer reads first: every folder it names exists, and every
// folder of src/ (and each feature) is in it.
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');
const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const section = readme.slice(
  readme.indexOf('## Project layout'),
  readme.indexOf('\n## ', readme.indexOf('## Project layout') + 1)
);
const listed = [...section.matchAll(/^\| `([^`]+)`/gm)].map(m => m[1]);

const dirs = (dir: string) =>
  fs
    .readdirSync(path.join(ROOT, dir), { withFileTypes: true })
    .filter(d => d.isDirectory())
    .map(d => `${dir}/${d.name}/`);

describe("the README's layout table", () => {
  test('lists paths that exist', () => {
    expect(listed.length).toBeGreaterThan(10);
    expect(listed.filter(p => !fs.existsSync(path.join(ROOT, p)))).toEqual([]);
  });

  test('lists every folder of src/ and every feature', () => {
    const wanted = [...dirs('src').filter(d => d !== 'src/features/'), ...dirs('src/features')];
    expect(wanted.filter(d => !listed.includes(d))).toEqual([]);
  });
});
