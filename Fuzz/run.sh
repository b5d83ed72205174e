#!/usr/bin/env bash
# Fuzzes the contribution CSV reader and the JSON bundle reader with libFuzzer and AddressSanitizer for a
# bounded time (default 60 seconds): bash Fuzz/run.sh [seconds]. A crash leaves its input in
# Fuzz/crashes/; turn each into a regression test before fixing it.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
out=.build-fuzz
mkdir -p "$out" Fuzz/corpus Fuzz/crashes
flags=(-sanitize=fuzzer,address -parse-as-library -g -O)
swiftc "${flags[@]}" -module-name TriadCore -emit-module -emit-module-path "$out/TriadCore.swiftmodule" \
  -emit-library -static -o "$out/libTriadCore.a" Sources/TriadCore/*.swift
swiftc "${flags[@]}" -module-name TriadInterchange -I "$out" -emit-module -emit-module-path "$out/TriadInterchange.swiftmodule" \
  -emit-library -static -o "$out/libTriadInterchange.a" Sources/TriadInterchange/*.swift
swiftc "${flags[@]}" -module-name TriadStore -I "$out" -emit-module -emit-module-path "$out/TriadStore.swiftmodule" \
  -emit-library -static -o "$out/libTriadStore.a" $(find Sources/TriadStore -name '*.swift')
swiftc "${flags[@]}" -module-name TriadFuzz -I "$out" -L "$out" -lTriadStore -lTriadInterchange -lTriadCore \
  Fuzz/FuzzReaders.swift -o "$out/fuzz-readers"
# Seeds: the first lines of the real UN file, a small bundle, and odd CSV.
head -c 4000 ../shared/data/un-gender-by-mission-2009-2014.csv > Fuzz/corpus/un-head.csv 2>/dev/null || true
printf 'd,p,m,t,x\n2025-01-31,RWA,MINUSCA,5,NA\n"2025-02-28", PAK ,"MINUS""CA",-1,\r\n' > Fuzz/corpus/columns.csv
printf '{"format":"triad-bundle","version":1,"parties":[],"meetings":[{"number":1}]}' > Fuzz/corpus/bundle.json
"$out/fuzz-readers" -max_total_time="$seconds" -artifact_prefix=Fuzz/crashes/ -max_len=8192 Fuzz/corpus
