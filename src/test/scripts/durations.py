#!/usr/bin/env python3
"""Prints how long each test suite of the last ./mvnw verify took, from Surefire's reports (both runs)."""
import glob
import sys
import xml.etree.ElementTree as ET

for directory, label in (("target/surefire-reports", "H2"), ("target/surefire-reports-postgres", "PostgreSQL")):
    rows = []
    for path in glob.glob(directory + "/TEST-*.xml"):
        root = ET.parse(path).getroot()
        rows.append((float(root.get("time", 0)), root.get("name", "?").rsplit(".", 1)[-1], int(root.get("tests", 0)),
                     int(root.get("skipped", 0))))
    if not rows:
        continue
    rows.sort(reverse=True)
    total = sum(r[0] for r in rows)
    print(f"{label}: {len(rows)} suites, {sum(r[2] for r in rows)} tests ({sum(r[3] for r in rows)} skipped), "
          f"{total:.0f} s in tests, summed over the test JVMs (they run side by side)")
    for seconds, name, tests, skipped in rows[: int(sys.argv[1]) if len(sys.argv) > 1 else 12]:
        print(f"  {seconds:7.1f} s  {name} ({tests})")
