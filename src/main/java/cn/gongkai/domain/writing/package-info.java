/**
 * Text written from figures: the standard wording of every generatable paragraph of the 2018–2020 template
 * ({@link cn.gongkai.domain.writing.Narratives}: the sentences of 二, 三, the 三公 paragraph of 四 …), and the
 * post-reform 情况说明 written from the standard tables ({@link cn.gongkai.domain.writing.TableFacts} says what the
 * tables state, {@link cn.gongkai.domain.writing.ReformNarratives} words it). The export, the preview and the checks
 * all take their text from here.
 */
package cn.gongkai.domain.writing;
