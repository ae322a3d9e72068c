import type { AgencyKind } from '../../../shared/domain/reference-lists';
import type { Rng } from './prng';

/**
 * A synthetic city: 市政府 → about 20 局處 → about 120 機關, schools and district offices, with a
 * headcount per node. The city is fictional (雲港市); some names use 台, others 臺, as real
 * agency names do, so list filters and the search folding meet both.
 */
export interface SeedAgency {
  readonly code: string;
  readonly name: string;
  readonly parentIndex: number | null;
  readonly kind: AgencyKind;
  /** Staff in the first seeded year; later years drift from it. */
  readonly headcount: number;
}

const CITY = '雲港市';
const DISTRICTS = [
  '中正',
  '信義',
  '仁愛',
  '安樂',
  '暖暖',
  '七堵',
  '臺江',
  '港東',
  '港西',
  '北嶺',
  '南灣',
  '台光',
];

/** Bureau name, and how its children are named. */
const BUREAUS: readonly (readonly [string, readonly string[]])[] = [
  ['秘書處', []],
  ['民政局', [...DISTRICTS.map((d) => `${d}區公所`), ...DISTRICTS.map((d) => `${d}戶政事務所`)]],
  ['財政局', ['稅務局', '公有財產管理所']],
  ['教育局', []],
  ['經濟發展局', ['市場處', '臺港產業園區管理所']],
  ['工務局', ['養護工程處', '水利工程處', '建築管理處']],
  ['交通局', ['停車管理處', '公共運輸處', '交通事件裁決所']],
  ['社會局', ['社會福利服務中心', '身心障礙福利服務中心', '台港老人福利中心']],
  ['勞工局', ['就業服務處', '勞動檢查處']],
  ['警察局', ['第一分局', '第二分局', '第三分局', '第四分局', '交通警察大隊', '刑事警察大隊']],
  ['消防局', ['第一救災救護大隊', '第二救災救護大隊', '臺港港區消防隊']],
  ['衛生局', DISTRICTS.map((d) => `${d}衛生所`)],
  ['環境保護局', ['清潔隊第一中隊', '清潔隊第二中隊', '清潔隊第三中隊', '環境檢驗所']],
  ['都市發展局', ['都市更新處']],
  ['文化局', ['市立圖書館', '美術館', '台港文化中心']],
  ['地政局', ['中正地政事務所', '安樂地政事務所', '七堵地政事務所']],
  ['觀光旅遊局', ['風景區管理所']],
  ['人事處', []],
  ['主計處', []],
  ['政風處', []],
  ['法制局', []],
  ['新聞處', []],
];

const SCHOOL_PLACES = [
  '中正',
  '信義',
  '仁愛',
  '安樂',
  '暖暖',
  '七堵',
  '台江',
  '港東',
  '港西',
  '北嶺',
  '南灣',
  '臺光',
  '長興',
  '復興',
  '成功',
  '建國',
  '光華',
  '和平',
  '自強',
  '忠孝',
  '明德',
  '東光',
  '西定',
  '碇內',
  '八斗',
  '深美',
  '武崙',
  '五堵',
  '百福',
  '瑪陵',
];

export function buildAgencyTree(rng: Rng): SeedAgency[] {
  const out: SeedAgency[] = [];
  const add = (
    code: string,
    name: string,
    parentIndex: number | null,
    kind: AgencyKind,
    headcount: number,
  ): number => {
    out.push({ code, name, parentIndex, kind, headcount });
    return out.length - 1;
  };
  const root = add('YG000', `${CITY}政府`, null, 'government', 0);
  BUREAUS.forEach(([bureau, children], b) => {
    const bCode = `YG${String(b + 1).padStart(2, '0')}`;
    const bi = add(bCode, `${CITY}政府${bureau}`, root, 'bureau', rng.between(60, 420));
    children.forEach((child, c) => {
      const kind: AgencyKind = child.endsWith('區公所') ? 'district' : 'agency';
      add(
        `${bCode}-${String(c + 1).padStart(3, '0')}`,
        `${CITY}${child}`,
        bi,
        kind,
        rng.between(25, 260),
      );
    });
    if (bureau === '教育局') {
      // Schools: an elementary school in every place, a junior high in every third.
      SCHOOL_PLACES.forEach((place, i) => {
        add(
          `${bCode}-E${String(i + 1).padStart(3, '0')}`,
          `${CITY}立${place}國小`,
          bi,
          'school',
          rng.between(30, 140),
        );
        if (i % 3 === 0)
          add(
            `${bCode}-J${String(i + 1).padStart(3, '0')}`,
            `${CITY}立${place}國中`,
            bi,
            'school',
            rng.between(50, 160),
          );
      });
      add(`${bCode}-S900`, `${CITY}立雲港高中`, bi, 'school', rng.between(120, 200));
      add(`${bCode}-S901`, `${CITY}立臺港高工`, bi, 'school', rng.between(120, 200));
    }
  });
  return out;
}
