// Common characters that exist in one Chinese script only, as pairs: the Traditional form (Hong Kong)
// and its Simplified form. Pairs where either form is also in ordinary use in the other script (后,
// 里, 台, 于, 干, 面, 制, 准, 松, 周, 据, 迹, 强…) are left out, so a hit is always a real mistake: a
// Traditional character in Simplified Chinese text, or the other way round.
const pairs = [
  '學学 國国 們们 會会 來来 時时 個个 這这 說说 為为 與与 務务 員员 區区 灣湾 計计 參参 聯联 絡络 網网',
  '頁页 體体 內内 門门 開开 關关 經经 濟济 發发 專专 業业 辦办 選选 單单 導导 覽览 檢检 訂订 讀读 證证',
  '書书 長长 東东 車车 華华 報报 對对 變变 歷历 現现 實实 際际 動动 題题 見见 視视 覺觉 語语 話话 請请',
  '隱隐 權权 廣广 場场 節节 點点 號号 電电 間间 問问 應应 當当 從从 兩两 歲岁 級级 紀纪 約约 總总 統统',
  '產产 認认 識识 圖图 標标 簽签 樣样 寫写 讓让 還还 進进 過过 運运 營营 醫医 藥药 園园 陽阳 氣气 漢汉',
  '廳厅 處处 優优 質质 價价 錢钱 銀银 機机 構构 圍围 傳传 雙双 龍龙 鳥鸟 魚鱼 馬马 鐵铁 線线 紅红 綠绿',
  '藍蓝 黃黄 顏颜 齊齐 頭头 腦脑 風风 飛飞 島岛 橋桥 蘇苏 慶庆 陳陈 鄭郑 劉刘 張张 楊杨 趙赵 吳吴 許许',
  '羅罗 鐘钟 復复 護护 歡欢 鄉乡 親亲 愛爱 興兴 舉举 擇择 舊旧 戰战 軍军 輕轻 達达 遠远 連连 錄录 設设',
  '詞词 謝谢 議议 論论 試试 譯译 調调 課课 記记 訊讯 師师 帶带 幫帮 歸归 勞劳 則则 創创 劇剧 協协 衛卫',
  '壓压 縣县 難难 須须 顯显 類类 顧顾 領领 飯饭 館馆 驗验 麗丽 黨党 齡龄 環环 聲声 夢梦 奮奋 婦妇',
  '孫孙 寧宁 寶宝 將将 屬属 庫库 憶忆 懷怀 戲戏 擔担 擴扩 攝摄 數数 斷断 暫暂 樂乐 樹树 橫横',
  '歐欧 殺杀 測测 滿满 災灾 無无 熱热 燈灯 爭争 爾尔 獎奖 獨独 獲获 畫画 療疗 盡尽 監监 眾众 碼码',
  '確确 禮礼 稱称 穩稳 競竞 筆笔 簡简 紙纸 組组 細细 終终 結结 給给 絕绝 絲丝 緊紧 練练 績绩 織织 繼继',
  '續续 聞闻 聽听 職职 藝艺 蘭兰 裝装 規规 觀观 訪访 評评 詩诗 詳详 誤误 談谈 講讲 讚赞 負负 財财',
  '貨货 責责 貴贵 買买 費费 貿贸 資资 賞赏 賣卖 購购 贈赠 踐践 軟软 載载 輸输 轉转 農农 適适 遺遗',
  '邊边 鄰邻 釋释 針针 銷销 鋼钢 錯错 鍵键 鎮镇 閉闭 閱阅 陸陆 隊队 階阶 隨随 險险 雖虽 雜杂 雞鸡 離离',
  '靈灵 靜静 韓韩 響响 頂顶 項项 順顺 預预 頻频 額额 飲饮 養养 鮮鲜 鹽盐 麥麦 齒齿 龜龟',
]
  .join(' ')
  .split(' ');

/** Characters written only in Traditional Chinese, each with its Simplified form. */
export const traditionalOnly = new Map(pairs.map(([traditional, simplified]) => [traditional!, simplified!]));
/** Characters written only in Simplified Chinese, each with its Traditional form. */
export const simplifiedOnly = new Map(pairs.map(([traditional, simplified]) => [simplified!, traditional!]));

/** The script a `lang` value asks for: Simplified for zh-Hans and the Simplified regions, Traditional for any other Chinese tag. */
export function scriptOf(lang: string | null | undefined): 'hans' | 'hant' | undefined {
  if (!lang || !/^zh(?![^-])/i.test(lang)) return undefined;
  return /-hans(?![^-])|^(?!.*-hant(?![^-])).*-(cn|sg|my)(?![^-])/i.test(lang) ? 'hans' : 'hant';
}

/** The characters of `text` that do not belong to `script`, each with the form it should have. */
export function wrongScript(text: string, script: 'hans' | 'hant'): string[] {
  const table = script === 'hans' ? traditionalOnly : simplifiedOnly;
  return [...text].filter((char) => table.has(char)).map((char) => `${char}→${table.get(char)}`);
}
