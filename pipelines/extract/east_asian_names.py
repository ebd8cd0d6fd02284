"""Names written family name first, as Chinese, Korean and Vietnamese names are: "Professor Lin Xiaoyan" is Lin.

Prose gives no comma to say which word is the family name, so this reads the shape of the name: a common family
name first, then a given name that is spelt as one (pinyin syllables, "Xiaoyan"; hyphenated syllables,
"Wing-kei", "Ji-hoon"; or short syllables, "Siew Hoon", "Thi Lan"). A name whose last word is itself a common
family name ("Wang Li") is left as Western order says, since either reading is possible.
"""

from __future__ import annotations

import re

from pipelines.extract.diacritics import without_diacritics

FAMILY_NAMES = frozenset(
    # Chinese, in pinyin and in Cantonese and Hokkien spellings
    """wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng liang xie song tang
    han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding ren shen yao cui zhong
    tan fan jin shi liao jia xia fu fang bai zou meng xiong qin qiu yin xue yan duan lei hou long tao gu mao hao gong
    shao wan qian dai mo kong xiang chan wong cheung leung lau ng ho lam tsang kwok yip mak tse chow lo siu fung chu
    chua teo goh lim ong tay koh ang quek chia
    kim lee park choi jung jeong kang cho yoon yun jang lim han oh seo shin kwon hwang ahn song hong jeon ko moon
    nguyen tran le pham hoang phan vu vo dang bui do ngo duong ly""".split()
)
_PINYIN_SYLLABLE = (
    r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ang|eng|ing|ong|uai|ian|iao|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ue|ui|er|a|o|e|i|u|v)"
)
_PINYIN_GIVEN = re.compile(rf"(?i)(?:{_PINYIN_SYLLABLE}){{2,3}}")
_HYPHENATED_GIVEN = re.compile(r"[A-Z][a-z]{1,5}-[a-z]{1,5}")
_SYLLABLE_WORD = re.compile(r"[A-Z][a-z]{1,3}")
_VIETNAMESE_MIDDLE = frozenset({"thi", "van"})


def family_name_first(words: list[str]) -> bool:
    """Whether a name of two or three words ("Lin Xiaoyan", "Chan Wing-kei", "Nguyễn Thị Hồng") puts its family
    name first."""
    # read without tone marks and diacritics: "Nguyễn Thị Hồng" is spelt "Nguyen Thi Hong" as often
    words = [without_diacritics(word) for word in words]
    if len(words) not in (2, 3) or words[0].lower() not in FAMILY_NAMES:
        return False
    given = words[1:]
    if len(given) == 1:
        word = given[0]
        if word.lower() in FAMILY_NAMES:
            return False  # "Wang Li": either reading
        return bool(_HYPHENATED_GIVEN.fullmatch(word) or (word.isalpha() and _PINYIN_GIVEN.fullmatch(word)))
    if given[0].lower() in _VIETNAMESE_MIDDLE:
        return True  # "Nguyen Thi Hong", "Tran Van Minh": the middle name marks the order
    # ("Kim Ann Lee", "Lee Anne Smith": a Western given name and family name)
    return given[-1].lower() not in FAMILY_NAMES and all(_SYLLABLE_WORD.fullmatch(word) for word in given)
