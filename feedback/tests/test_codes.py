"""Tracking codes: the documented shape, unambiguous letters, tolerant reading of what people type."""

from feedback.codes import ALPHABET, CODE_RE, new_code, normalise


def test_a_new_code_has_the_documented_shape_and_no_ambiguous_letters():
    codes = {new_code(2026) for _ in range(200)}
    assert len(codes) == 200  # drawn at random, not counted up
    for code in codes:
        assert CODE_RE.match(code), code
        assert code.startswith("HD-2026-")
        assert not set(code[8:]) & set("01OIL")


def test_the_alphabet_leaves_out_characters_people_confuse():
    assert not set(ALPHABET) & set("01OIL")


def test_typed_codes_are_read_in_any_case_with_or_without_dashes():
    assert normalise(" hd-2026-7k3q9x ") == "HD-2026-7K3Q9X"
    assert normalise("HD20267K3Q9X") == "HD-2026-7K3Q9X"
    assert normalise("HD 2026 7K3Q9X") == "HD-2026-7K3Q9X"


def test_what_cannot_be_a_code_is_refused():
    for typed in ["", "HD-2026-0000O0", "<script>", "HD-2026-7K3Q9X' OR 1=1", "x" * 500, "HD-26-7K3Q9X"]:
        assert normalise(typed) == "", typed
