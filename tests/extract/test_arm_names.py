import pytest

from pipelines.extract.arm_names import fuller_name

WIDENED = [
    # (article text, the arm as the group sentence names it, the name it takes)
    (
        "Home testing kits double screening rates\nOne group was posted a kit to use at home.",
        "kit",
        "testing kit",
    ),
    (
        "Patients who used a smart water bottle drank more. The others got no bottle.",
        "bottle",
        "water bottle",
    ),
    ("Half the pupils were given weighted blankets at night.", "blankets", "weighted blankets"),
    (
        "She led a trial of the Lyme disease vaccine. People given the vaccine had fewer cases.",
        "vaccine",
        "disease vaccine",
    ),
    # the word the article uses most often wins over the first one it uses
    (
        "A breathing app helped. The breathing app was free. Users of the meditation app also improved.",
        "app",
        "breathing app",
    ),
    # two words before the noun: the nearer one says what kind it is
    ("Each salon sent staff to a skin-protection workshop.", "workshop", "skin-protection workshop"),
    ("Women were sent a home self-sampling kit.", "kit", "self-sampling kit"),
]

UNCHANGED = [
    # a substance or an activity names a treatment whole
    ("They took oral zinc every day.", "zinc"),
    ("Babies had gentle massage twice a day.", "massage"),
    # a schedule, a count or a control word is no kind of workshop
    ("Staff went to a two-hour workshop.", "workshop"),
    ("Staff went to a single workshop.", "workshop"),
    ("The other group wore a sham headset.", "headset"),
    ("Everyone got the same booklet.", "booklet"),
    # nothing before the noun anywhere
    ("Each patient got a kit.", "kit"),
    # a verb before a bare plural is no name: "given" does not follow a determiner
    ("Workers were given vests during shifts.", "vests"),
    # a name of more than one word is left as it is
    ("A smart water bottle helped.", "water bottle"),
]


@pytest.mark.parametrize(("text", "name", "expected"), WIDENED)
def test_a_bare_object_noun_takes_the_word_the_article_names_it_by(text, name, expected):
    assert fuller_name(text, name) == expected


@pytest.mark.parametrize(("text", "name"), UNCHANGED)
def test_other_names_stay_as_they_are(text, name):
    assert fuller_name(text, name) == name


def test_a_determiner_after_a_verb_of_giving_is_no_name():
    assert fuller_name("Salons that received the workshop did better.", "workshop") == "workshop"
