#!/usr/bin/env python3
"""Prints the mutation score per file and in total from a Stryker mutation-report.json (schema 1 or 2).

Score = detected / (detected + undetected), where detected is Killed + Timeout and undetected is Survived + NoCoverage;
CompileError and Ignored mutants do not count, as in Stryker's own report. With --survivors, lists each surviving or
uncovered mutant with its line and replacement, to read beside the HTML report.
"""
import json
import sys

def main() -> int:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    survivors = "--survivors" in sys.argv
    if len(args) != 1:
        print("usage: mutation-score.py [--survivors] path/to/mutation-report.json", file=sys.stderr)
        return 2
    report = json.load(open(args[0], encoding="utf-8"))
    total = {"detected": 0, "undetected": 0}
    rows = []
    for path, data in sorted(report["files"].items()):
        detected = undetected = 0
        for mutant in data["mutants"]:
            status = mutant["status"]
            if status in ("Killed", "Timeout"):
                detected += 1
            elif status in ("Survived", "NoCoverage"):
                undetected += 1
                if survivors:
                    line = mutant["location"]["start"]["line"]
                    print(f"{status:10} {path.split('/src/')[-1]}:{line} {mutant['mutatorName']}: {mutant.get('replacement', '')!r}"[:240])
        total["detected"] += detected
        total["undetected"] += undetected
        if detected + undetected:
            rows.append((path.split("/src/")[-1], detected, undetected))
    for path, detected, undetected in rows:
        print(f"{100 * detected / (detected + undetected):6.1f}%  {detected:4} detected {undetected:4} undetected  {path}")
    all_ = total["detected"] + total["undetected"]
    score = 100 * total["detected"] / all_ if all_ else 0.0
    print(f"{score:6.1f}%  {total['detected']:4} detected {total['undetected']:4} undetected  TOTAL")
    return 0

if __name__ == "__main__":
    sys.exit(main())
