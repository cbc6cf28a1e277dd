// Compiles src/*.sol with the solc pinned in package.json (standard JSON, explicit evmVersion)
// and writes, for each contract, <Name>.abi, <Name>.bin and <Name>.userdoc.json into the output
// folder (default: build). Usage: node compile.js [outdir]. Run by `go generate` / `make contracts`.
'use strict';
const fs = require('fs');
const path = require('path');
const solc = require('solc');

const EXPECTED_VERSION = '0.8.37';
const SETTINGS = {
  evmVersion: 'osaka',
  optimizer: { enabled: true, runs: 1000 },
  viaIR: true,
  metadata: { appendCBOR: false },
  outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object', 'userdoc'] } },
};

function main() {
  const version = solc.version();
  if (!version.startsWith(EXPECTED_VERSION + '+')) {
    throw new Error(`solc ${version} found, ${EXPECTED_VERSION} pinned: run npm ci in chain/contracts`);
  }
  const outDir = path.resolve(process.argv[2] || path.join(__dirname, 'build'));
  const srcDir = path.join(__dirname, 'src');
  const sources = {};
  for (const f of fs.readdirSync(srcDir).filter((f) => f.endsWith('.sol')).sort()) {
    sources['src/' + f] = { content: fs.readFileSync(path.join(srcDir, f), 'utf8') };
  }
  const input = { language: 'Solidity', sources, settings: SETTINGS };
  const findImports = (p) => {
    const full = path.join(__dirname, p);
    if (!full.startsWith(srcDir + path.sep)) return { error: 'import outside src/: ' + p };
    return { contents: fs.readFileSync(full, 'utf8') };
  };
  const out = JSON.parse(solc.compile(JSON.stringify(input), { import: findImports }));
  const problems = (out.errors || []).filter((e) => e.severity === 'error' || e.type === 'Warning');
  if (problems.length > 0) {
    for (const e of problems) process.stderr.write(e.formattedMessage + '\n');
    throw new Error('compilation failed (warnings count as errors)');
  }
  fs.mkdirSync(outDir, { recursive: true });
  const names = [];
  for (const file of Object.keys(out.contracts).sort()) {
    for (const name of Object.keys(out.contracts[file]).sort()) {
      const c = out.contracts[file][name];
      const bin = c.evm.bytecode.object;
      if (bin.length === 0) continue; // interfaces
      fs.writeFileSync(path.join(outDir, name + '.abi'), JSON.stringify(c.abi));
      fs.writeFileSync(path.join(outDir, name + '.bin'), bin);
      fs.writeFileSync(path.join(outDir, name + '.userdoc.json'), JSON.stringify(c.userdoc, null, 1) + '\n');
      names.push(name);
    }
  }
  const info = { compiler: version, settings: SETTINGS, contracts: names };
  fs.writeFileSync(path.join(outDir, 'solc.json'), JSON.stringify(info, null, 1) + '\n');
}

try {
  main();
} catch (e) {
  process.stderr.write('compile.js: ' + e.message + '\n');
  process.exit(1);
}
