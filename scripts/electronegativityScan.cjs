// Child process of scripts/electronegativity.mjs: runs Electronegativity's scanner through its
// own runner and prints the findings as JSON on the last line of stdout. Its CSV writer cannot
// be used: it writes the header and the rows with two concurrent fs.writeFile calls, so the
// header lands over the start of the first row and that finding loses its id and severity.
// Usage: node scripts/electronegativityScan.cjs <folder> [electron version]
const { resolve, join } = require('node:path');

const dist = join(__dirname, '..', 'node_modules', '@doyensec', 'electronegativity', 'dist');
const loadI18n = require(join(dist, 'locales', 'i18n.js'));
const run = require(join(dist, 'runner.js'));

async function main() {
  const [input, electronVersion] = process.argv.slice(2);
  if (!input) throw new Error('usage: electronegativityScan.cjs <folder> [electron version]');
  // Sets the global __() the scanner's messages use.
  await (loadI18n.default ?? loadI18n)();
  const result = await run(
    {
      input: resolve(input),
      output: undefined,
      isSarif: false,
      customScan: [],
      excludeFromScan: [],
      severitySet: undefined,
      confidenceSet: undefined,
      isRelative: true,
      isVerbose: true,
      electronUpgrade: undefined,
      electronVersionOverride: electronVersion,
      parserPlugins: [],
    },
    false,
  );
  const findings = result.issues.map((i) => ({
    id: i.id,
    severity: i.severity.name,
    confidence: i.confidence.name,
    file: i.file,
    location: `${i.location.line}:${i.location.column}`,
    sample: i.sample ?? '',
    description: i.description,
  }));
  process.stdout.write(`\n${JSON.stringify({ errors: result.errors.length, findings })}\n`);
}

main().catch((error) => {
  console.error(error.stack ?? error);
  process.exit(1);
});
