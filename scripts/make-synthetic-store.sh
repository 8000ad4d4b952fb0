#!/usr/bin/env bash
# Makes a large synthetic SQLite store for the query and report figures in the README:
#
#     scripts/make-synthetic-store.sh STORE [EVENTS]      # default 10,000,000 events
#
# It ingests the bundled demo corpus (which creates the schema and gives real CAMEO rows to
# copy), then adds EVENTS made-up events with one mention each, twenty per made-up document,
# on random days of 2000-2024 between 40 states; one event in ten is between the United
# States and Russia, so that the USA-RUS dyad holds about a tenth of the store. The indexes
# are dropped while the rows go in and built again afterwards (as SQLite does fastest); the
# store is a normal dyad store afterwards (with slightly fewer events than asked, as the
# few random events that repeat another's identity are left out). Needs the sqlite3 command and a release build.
set -euo pipefail
store=${1:?usage: make-synthetic-store.sh STORE [EVENTS]}
events=${2:-10000000}
cd "$(dirname "$0")/.."
dyad=.build/release/dyad
[ -x "$dyad" ] || swift build -c release --product dyad
rm -f "$store" "$store-wal" "$store-shm"
"$dyad" ingest Corpus/demo --store "$store" > /dev/null
indexes=$(sqlite3 "$store" "SELECT sql || ';' FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")
sqlite3 "$store" > /dev/null <<SQL
PRAGMA journal_mode = OFF;
PRAGMA synchronous = OFF;
PRAGMA cache_size = -262144;
$(sqlite3 "$store" "SELECT 'DROP INDEX ' || name || ';' FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")
CREATE TEMP TABLE states(n INTEGER PRIMARY KEY, code TEXT);
INSERT INTO states(code) VALUES ('USA'),('RUS'),('CHN'),('UKR'),('FRA'),('DEU'),('GBR'),('JPN'),('IND'),('PAK'),
  ('IRN'),('ISR'),('TUR'),('GRC'),('BRA'),('MEX'),('CAN'),('EGY'),('NGA'),('ZAF'),('KEN'),('ETH'),('SAU'),('QAT'),
  ('POL'),('ITA'),('ESP'),('SWE'),('NOR'),('AUS'),('IDN'),('VNM'),('THA'),('ARG'),('CHL'),('COL'),('VEN'),('CUB'),
  ('SYR'),('IRQ');
CREATE TEMP TABLE kinds AS SELECT DISTINCT code, root, quad_class, goldstein, plover_type, plover_mode FROM events;
CREATE TEMP TABLE k AS SELECT row_number() OVER (ORDER BY code) - 1 AS n, * FROM kinds;
CREATE TEMP TABLE sectors(n INTEGER PRIMARY KEY, code TEXT);
INSERT INTO sectors(n, code) VALUES (0, ''), (1, 'GOV'), (2, 'MIL');
BEGIN;
WITH RECURSIVE i(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM i WHERE n < $events / 20 - 1)
INSERT INTO documents (content_hash, name, title, url, date, text, source_path, ingested_at)
SELECT 'synthetic-' || n, 'synthetic-' || n, 'Synthetic document ' || n, '', NULL,
       'Synthetic document ' || n || '.', 'synthetic', '2026-11-23T00:00:00Z' FROM i;
WITH RECURSIVE i(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM i WHERE n < $events - 1),
r AS (SELECT n, abs(random()) AS a, abs(random()) AS b, abs(random()) AS c FROM i)
INSERT INTO events (date, date_precision, source, target, code, root, quad_class, goldstein, plover_type, plover_mode,
                    factuality, source_level, target_level, contexts, mention_count)
SELECT date('2000-01-01', '+' || (c % 9000) || ' days'), 'day',
       CASE WHEN a % 10 = 0 THEN (CASE WHEN b % 2 = 0 THEN 'USA' ELSE 'RUS' END)
            ELSE (SELECT code FROM states WHERE n = 1 + a % 40) END || (SELECT code FROM sectors WHERE n = (a / 40) % 3),
       CASE WHEN a % 10 = 0 THEN (CASE WHEN b % 2 = 0 THEN 'RUS' ELSE 'USA' END)
            ELSE (SELECT code FROM states WHERE n = 1 + (a / 7) % 40) END || (SELECT code FROM sectors WHERE n = (b / 40) % 3),
       k.code, k.root, k.quad_class, k.goldstein, k.plover_type, k.plover_mode,
       CASE WHEN b % 10 = 0 THEN 'hypothetical' ELSE 'asserted' END, NULL, NULL, '', 1
FROM r JOIN k ON k.n = b % (SELECT count(*) FROM k);
-- A random event may repeat another's identity (actors, day, code, factuality): keep one.
DELETE FROM events WHERE id NOT IN (SELECT min(id) FROM events GROUP BY source, target, date, code, factuality);
INSERT INTO mentions (event_id, document_id, sentence_index, sentence, start_offset, end_offset, source_text, target_text,
                      source_level, target_level, date_precision, contexts)
SELECT e.id, (SELECT min(id) FROM documents WHERE content_hash LIKE 'synthetic-%') + (e.id / 20) % ($events / 20),
       e.id % 20, 'A made-up sentence in which ' || e.source || ' acts on ' || e.target || ' (' || e.code || ').',
       0, 0, e.source, e.target, NULL, NULL, 'day', ''
FROM events e WHERE e.id > (SELECT max(event_id) FROM mentions);
COMMIT;
$indexes
PRAGMA journal_mode = WAL;
SQL
"$dyad" events --store "$store" --limit 1 > /dev/null
sqlite3 "$store" "SELECT count(*) || ' events, ' || (SELECT count(*) FROM mentions) || ' mentions' FROM events"
