#!/usr/bin/env bash
# Rebuilds src/main/resources/org/annals/sentiment/vader-*.tsv from the npm package
# vader-sentiment (a JavaScript port of VADER that ships VADER's lexicon and rule word lists).
#
# Usage: jobs/tools/build-vader-lexicon.sh        (from the repository root; needs npm and node)
#
# The package tarball is pinned by version and SHA-256, so the output is byte-identical on every run.
set -euo pipefail

VERSION=1.1.3
SHA256=de3c50aee6ffe2bc7929f50a69b0a3905d7b63f6fb103c2397517aff799851d2

repo=$(cd "$(dirname "$0")/../.." && pwd)
out="$repo/src/main/resources/org/annals/sentiment"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

(cd "$tmp" && npm pack --silent "vader-sentiment@$VERSION" >/dev/null)
tgz="$tmp/vader-sentiment-$VERSION.tgz"
echo "$SHA256  $tgz" | sha256sum --check --quiet
tar -xzf "$tgz" -C "$tmp"
pkg="$tmp/package"

mkdir -p "$out"
# The lexicon: token, mean valence (-4..4). Standard deviation and raw ratings are dropped.
awk -F'\t' 'NF >= 2 && $1 != "" { printf "%s\t%s\n", $1, $2 }' "$pkg/vader_lexicon.txt" \
  > "$out/vader-lexicon.tsv"

# The rule word lists are JavaScript constants in src/vaderSentiment.js: evaluate that module
# (without its lexicon import) and print them.
VADER_VERSION=$VERSION node - "$pkg/src/vaderSentiment.js" "$out" <<'JS'
const fs = require('fs');
const [src, out] = process.argv.slice(2);
let code = fs.readFileSync(src, 'utf8')
  .replace(/require\('\.\/vader_lexicon\.js'\)\.lexicon/, '{}')
  .replace(/export const /g, 'const ')
  .replace(/export class /g, 'class ');
const v = new Function(code + '\nreturn {NEGATE, BOOSTER_DICT, SPECIAL_CASE_IDIOMS};')();
const header = (what) => `# ${what}, from vader-sentiment ${process.env.VADER_VERSION} src/vaderSentiment.js\n`;
fs.writeFileSync(out + '/vader-negations.txt',
  header('VADER negation words (NEGATE)') + v.NEGATE.map(w => w + '\n').join(''));
fs.writeFileSync(out + '/vader-boosters.tsv',
  header('VADER boosters and dampeners (BOOSTER_DICT): phrase, scalar') +
  Object.entries(v.BOOSTER_DICT).map(([w, s]) => `${w}\t${s}\n`).join(''));
fs.writeFileSync(out + '/vader-idioms.tsv',
  header('VADER special-case idioms (SPECIAL_CASE_IDIOMS): phrase, valence') +
  Object.entries(v.SPECIAL_CASE_IDIOMS).map(([w, s]) => `${w}\t${s}\n`).join(''));
JS
wc -l "$out"/vader-*.tsv
