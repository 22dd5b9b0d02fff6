"""Chinese names written in Russian (the Palladius system: "Си Цзиньпин", "Ли Цян", "Ван И") back in pinyin, as
English-language news and the dataset write them ("Xi Jinping", "Li Qiang", "Wang Yi"). Letter by letter they would be
"Si Tszinpin": no reader would find the person.

A name is read as Chinese only where its first word is a common Chinese surname and every word is made of Palladius
syllables ("Путин" is not: its first word is no surname)."""

from __future__ import annotations

import re
from functools import cache

# Initials, longest first; after each, the pinyin before a plain final and before one that begins with i or ü.
_INITIALS = [("чж", "zh", "zh"), ("цз", "z", "j"), ("ц", "c", "q"), ("с", "s", "x"), ("ч", "ch", "ch"), ("ш", "sh", "sh"),
             ("ж", "r", "r"), ("б", "b", "b"), ("п", "p", "p"), ("м", "m", "m"), ("ф", "f", "f"), ("д", "d", "d"),
             ("т", "t", "t"), ("н", "n", "n"), ("л", "l", "l"), ("г", "g", "g"), ("к", "k", "k"), ("х", "h", "h")]
# Finals after an initial: Palladius, pinyin, and whether it begins with i or ü (which makes цз j, ц q and с x).
_FINALS = [("уань", "uan", False), ("уан", "uang", False), ("уай", "uai", False), ("юань", "uan", True), ("янь", "ian", True),
           ("ань", "an", False), ("энь", "en", False), ("инь", "in", True), ("унь", "un", False), ("юнь", "un", True),
           ("ан", "ang", False), ("эн", "eng", False), ("ин", "ing", True), ("ун", "ong", False), ("юн", "iong", True),
           ("ян", "iang", True), ("ай", "ai", False), ("эй", "ei", False), ("ао", "ao", False), ("оу", "ou", False),
           ("уэй", "ui", False), ("уа", "ua", False), ("уо", "uo", False), ("уй", "ui", False), ("юй", "u", True), ("юэ", "ue", True),
           ("яо", "iao", True), ("ия", "ia", True), ("эр", "er", False), ("а", "a", False), ("э", "e", False), ("о", "o", False),
           ("у", "u", False), ("ы", "i", False), ("и", "i", True), ("я", "ia", True), ("е", "ie", True), ("ю", "iu", True)]
# Syllables without an initial.
_ALONE = {"а": "a", "ай": "ai", "ань": "an", "ан": "ang", "ао": "ao", "э": "e", "эй": "ei", "энь": "en", "эн": "eng", "эр": "er",
          "о": "o", "оу": "ou", "у": "wu", "ва": "wa", "вай": "wai", "вань": "wan", "ван": "wang", "вэй": "wei", "вэнь": "wen",
          "вэн": "weng", "во": "wo", "и": "yi", "я": "ya", "янь": "yan", "ян": "yang", "яо": "yao", "е": "ye", "инь": "yin",
          "ин": "ying", "юн": "yong", "ю": "you", "юй": "yu", "юань": "yuan", "юэ": "yue", "юнь": "yun"}
# Common Chinese surnames, as Russian writes them.
_SURNAMES = frozenset("""си ли ван чжан лю чэнь ян хуан чжао у чжоу сюй сунь ма чжу ху го хэ гао линь ло чжэн лян се сун тан хань фэн дэн
цао пэн цзэн сяо тянь дун юань пань цай цзян юй ду е чэн вэй су лу дин жэнь шэнь яо цуй чжун тань ши цинь мэн бай кун инь хоу шао
лэй цянь дай фань фу цю сюэ мао хао гу гун вань вэнь лун ань""".split())


@cache
def _syllables(word: str, inside: bool = False) -> tuple[str, ...] | None:
    """The pinyin syllables a word in Russian letters is made of, or None where it is not made of Palladius syllables.
    Of several readings, the one with the fewest syllables without an initial within the word ("Хунин" is Huning, not
    Hongying), then the fewest syllables."""
    if not word:
        return ()
    readings = [(len(a), pinyin, inside) for a, pinyin in _ALONE.items() if word.startswith(a)]
    for initial, plain, palatal in _INITIALS:
        if not word.startswith(initial):
            continue
        for final, pinyin, front in _FINALS:
            if word.startswith(final, len(initial)):
                if final == "ы" and initial not in ("с", "ц", "цз"):
                    continue  # "сы", "цы", "цзы": si, ci, zi
                if final == "о" and initial not in ("б", "п", "м", "ф"):
                    readings.append((len(initial) + 1, plain + "uo", False))  # "ло", "го", "чжо": luo, guo, zhuo (but bo, po, mo, fo)
                    continue
                if initial in ("чж", "ч", "ш", "ж") and final == "и":
                    readings.append((len(initial) + 1, plain + "i", False))  # "чжи", "чи", "ши", "жи": zhi, chi, shi, ri
                    continue
                readings.append((len(initial) + len(final), (palatal if front else plain) + pinyin, False))
    best: tuple[tuple[int, int], tuple[str, ...]] | None = None
    for length, pinyin, bare in readings:
        rest = _syllables(word[length:], True)
        if rest is None:
            continue
        cost = (int(bare) + sum(1 for s in rest if s[:1] in "aeowy"), 1 + len(rest))  # (a syllable without initial begins so)
        if best is None or cost < best[0]:
            best = (cost, (pinyin, *rest))
    return best[1] if best else None


def pinyin_name(name: str) -> str | None:
    """'Си Цзиньпин' → 'Xi Jinping', 'Ли Цян' → 'Li Qiang'; None where the name is not a Chinese one in Russian letters."""
    words = name.split()
    if len(words) < 2 or words[0].lower().replace("ё", "е") not in _SURNAMES:
        return None
    spelled = []
    for word in words:
        word = word.lower().replace("ё", "е")
        if not re.fullmatch(r"[а-я]+", word):
            return None
        syllables = _syllables(word)  # (in the nominative: natasha's normal form is read first, RussianNames.new_person)
        if not syllables:
            return None
        spelled.append("".join(syllables).capitalize())
    return " ".join(spelled)


# The same names as English-language news writes them: a common surname in pinyin, then a given name of pinyin syllables
# ("Xi Jinping", "Li Qiang", "Wang Yi", "Zheng Shanjie"), a person's name however the sentence names its office.
PINYIN_SURNAMES = frozenset("""xi li wang zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng liang xie song tang
han feng deng cao peng zeng xiao tian dong yuan pan cai jiang yu du ye cheng wei su lu ding ren shen yao cui zhong tan shi qin meng bai kong
yin hou shao lei qian dai fan fu qiu xue mao hao gu gong wan wen long""".split())
_PINYIN_INITIALS = ("zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "r", "z", "c", "s")
_PINYIN_FINALS = ("iang", "iong", "uang", "ang", "eng", "ing", "ong", "ian", "iao", "uai", "uan", "ai", "ei", "ao", "ou", "an", "en", "in",
                  "un", "ia", "ie", "iu", "ua", "uo", "ui", "ue", "a", "o", "e", "i", "u")
# (w and y begin few syllables; "er" stands alone: not "Power")
PINYIN_SYLLABLE = re.compile("(?:" + "|".join(_PINYIN_INITIALS) + ")(?:" + "|".join(_PINYIN_FINALS) + ")"
                             r"|w(?:ang|eng|ai|an|ei|en|a|o|u)|y(?:uan|ang|ing|ong|ao|an|in|ou|ue|un|a|e|i|o|u)|(?:ang|eng|ai|ei|ao|ou|an|en|er|a|o|e)")


def a_pinyin_name(first: str, second: str) -> bool:
    """Whether two words are a Chinese name in pinyin: a common surname, then one to three syllables (not "Long March")."""
    return first.lower() in PINYIN_SURNAMES and re.fullmatch(f"(?:{PINYIN_SYLLABLE.pattern}){{1,3}}", second.lower().replace("-", "")) is not None
