-- The default regions: 齐齐哈尔市 and its 16 county-level divisions (county codes of GB/T 2260), editable in the app.
-- The office's own region is the city until the office chooses another (app_setting own_region).
INSERT INTO region (id, code, name, kind, parent_id)
SELECT RANDOM_UUID(), '230200', '齐齐哈尔市', 'CITY', NULL
WHERE NOT EXISTS (SELECT 1 FROM region);

INSERT INTO region (id, code, name, kind, parent_id)
SELECT RANDOM_UUID(), county.code, county.name, 'COUNTY', city.id
FROM (VALUES ('230202', '龙沙区'), ('230203', '建华区'), ('230204', '铁锋区'), ('230205', '昂昂溪区'),
             ('230206', '富拉尔基区'), ('230207', '碾子山区'), ('230208', '梅里斯达斡尔族区'), ('230281', '讷河市'),
             ('230223', '依安县'), ('230224', '泰来县'), ('230225', '甘南县'), ('230227', '富裕县'),
             ('230229', '克山县'), ('230230', '克东县'), ('230231', '拜泉县'), ('230221', '龙江县')) AS county (code, name)
JOIN region city ON city.code = '230200' AND city.kind = 'CITY'
WHERE NOT EXISTS (SELECT 1 FROM region r WHERE r.code = county.code);
