import { labelTables, type ComponentDefinition } from '../../contract/definition.js';

/** The kinds of notice; the first is the default. */
export const noticeBannerVariants = ['information', 'important', 'weather'] as const;

/**
 * The weather form's signals, by the Hong Kong Observatory's open-data warning codes (so a site can
 * pass its feed's code through), and `EXTREME`, the Government's "extreme conditions".
 */
export const weatherSignals = ['TC1', 'TC3', 'TC8NE', 'TC8NW', 'TC8SE', 'TC8SW', 'TC9', 'TC10', 'WRAINA', 'WRAINR', 'WRAINB', 'EXTREME'] as const;

export const noticeBannerLabels = labelTables({
  en: {
    important: 'Important',
    more: 'More information',
    arrangements: 'Our special arrangements in bad weather',
    inForce: '{signal} in force',
    issued: 'Issued {dateTime}',
    announced: 'Announced {dateTime}',
  },
  'zh-Hant': { important: '重要', more: '詳情', arrangements: '惡劣天氣下的特別安排', inForce: '{signal}現正生效', issued: '{dateTime}發出', announced: '{dateTime}公布' },
  'zh-Hans': { important: '重要', more: '详情', arrangements: '恶劣天气下的特别安排', inForce: '{signal}现正生效', issued: '{dateTime}发出', announced: '{dateTime}公布' },
});

/**
 * The official names of the signals, as the Observatory writes them. The four No. 8 signals share
 * one name (`TC8`) with their direction (`NE`…) in it, as the Observatory names them.
 */
export const weatherSignalLabels = labelTables({
  en: {
    TC1: 'Standby Signal No. 1',
    TC3: 'Strong Wind Signal No. 3',
    TC8: 'No. 8 {direction} Gale or Storm Signal',
    NE: 'Northeast',
    NW: 'Northwest',
    SE: 'Southeast',
    SW: 'Southwest',
    TC9: 'Increasing Gale or Storm Signal No. 9',
    TC10: 'Hurricane Signal No. 10',
    WRAINA: 'Amber Rainstorm Warning Signal',
    WRAINR: 'Red Rainstorm Warning Signal',
    WRAINB: 'Black Rainstorm Warning Signal',
    EXTREME: 'Extreme conditions',
  },
  'zh-Hant': {
    TC1: '一號戒備信號',
    TC3: '三號強風信號',
    TC8: '八號{direction}烈風或暴風信號',
    NE: '東北',
    NW: '西北',
    SE: '東南',
    SW: '西南',
    TC9: '九號烈風或暴風風力增強信號',
    TC10: '十號颶風信號',
    WRAINA: '黃色暴雨警告信號',
    WRAINR: '紅色暴雨警告信號',
    WRAINB: '黑色暴雨警告信號',
    EXTREME: '極端情況',
  },
  'zh-Hans': {
    TC1: '一号戒备信号',
    TC3: '三号强风信号',
    TC8: '八号{direction}烈风或暴风信号',
    NE: '东北',
    NW: '西北',
    SE: '东南',
    SW: '西南',
    TC9: '九号烈风或暴风风力增强信号',
    TC10: '十号飓风信号',
    WRAINA: '黄色暴雨警告信号',
    WRAINR: '红色暴雨警告信号',
    WRAINB: '黑色暴雨警告信号',
    EXTREME: '极端情况',
  },
});

export const noticeBannerDefinition = {
  name: 'NoticeBanner',
  parts: ['inner', 'mark', 'mark--amber', 'mark--red', 'mark--black', 'content', 'kind', 'heading', 'issued', 'body', 'more', 'link'],
  modifiers: ['information', 'important', 'weather', 'severe'],
  options: { variant: noticeBannerVariants, signal: weatherSignals },
  labels: { noticeBanner: noticeBannerLabels, weatherSignals: weatherSignalLabels },
  tokens: {
    noticeBanner: {
      background: 'color.surface.subtle',
      informationAccent: 'color.status.info',
      importantAccent: 'color.status.warning',
      severeBackground: 'color.text.default',
      severeText: 'color.text.inverse',
      amber: 'color.weather.amber',
      red: 'color.weather.red',
      black: 'color.weather.black',
    },
  },
} as const satisfies ComponentDefinition;
