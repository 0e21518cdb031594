#!/usr/bin/env bash
# Rebuilds src/main/resources/org/annals/story/stopwords-en.txt from the npm package stopword
# (its English list, "eng"). The tarball is pinned by version and SHA-256.
#
# Usage: jobs/tools/build-story-stopwords.sh        (from the repository root; needs npm and node)
set -euo pipefail

VERSION=3.1.5
SHA256=4c230a36788c5f8d5fcb21a38dca59e38d2cc7459b6a4604d97f972cd2c9dd5d

repo=$(cd "$(dirname "$0")/../.." && pwd)
out="$repo/src/main/resources/org/annals/story"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

(cd "$tmp" && npm pack --silent "stopword@$VERSION" >/dev/null)
tgz="$tmp/stopword-$VERSION.tgz"
echo "$SHA256  $tgz" | sha256sum --check --quiet
tar -xzf "$tgz" -C "$tmp"

mkdir -p "$out"
{
  echo "# English stop words (eng) from the npm package stopword $VERSION, MIT licence"
  node -e "for (const w of require('$tmp/package/dist/stopword.cjs.js').eng) console.log(w)" | LC_ALL=C sort -u
} > "$out/stopwords-en.txt"
wc -l "$out/stopwords-en.txt"
