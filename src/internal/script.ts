/** True when the first letter or digit of the text is a Chinese character (陳小明, 「王」). */
export const startsHan = (text: string): boolean => /^[^\p{L}\p{N}]*\p{Script=Han}/u.test(text);
