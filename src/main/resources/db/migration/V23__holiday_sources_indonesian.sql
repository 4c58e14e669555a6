-- The holiday table is read on the Gakkumdu page: its sources in the users' language.
UPDATE command_holiday
   SET source = 'Asumsi: libur nasional bertanggal tetap; cocokkan dengan SKB 3 Menteri tahun ' || extract(year FROM day)::int
 WHERE source LIKE 'ASSUMPTION: fixed-date national holiday%';
UPDATE command_holiday
   SET source = 'Keppres 33/2024 (kalender Pilkada 2024)'
 WHERE source LIKE 'Keppres 33/2024 (docs/command.md%';
