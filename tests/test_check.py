"""`accords check`'s warning about sectors a title names (Dataset.sectors_named_in), on data written by hand."""

from __future__ import annotations

import datetime as dt

from accords.lint import warnings
from accords.loader import load_dataset


def test_a_title_that_names_a_sector_the_agreement_lacks_is_warned_about_but_not_a_partys_name(data_dir):
    data_dir.minimal()
    data_dir.write("topics/transport.yml", "kind: sector\nname: Transport\ntitle_words: [railway, road, transit]\n")
    data_dir.write("topics/energy.yml", "kind: sector\nname: Energy\ntitle_words: [energy, gas]\n")
    data_dir.write("topics/trade.yml", "kind: sector\nname: Trade\ntitle_words: [investment, trade]\n")
    dataset = load_dataset(data_dir.path, today=dt.date(2026, 12, 4))
    assert dataset.sectors_named_in("Agreement on international road transit and gas supplies") == ["energy", "transport"]
    assert dataset.sectors_named_in("Road map on cooperation") == []  # a road map is a plan
    assert dataset.sectors_named_in("Memorandum between the Ministry of Energy of Uzbekistan and Azerbaijan Railways on cooperation") == []
    assert dataset.sectors_named_in("Agreement on the railways' gasification") == []  # words, not parts of words
    assert dataset.sectors_named_in("Memorandum with the European Investment Bank on the Belt and Road Initiative") == []
    data_dir.write("agreements/transit.yml", "title: Agreement on road transit\nkind: agreement\nparties: [kazakhstan, uzbekistan]\n"
                   "summary: Transit.\nsectors: [mining]\nsources: [report]\n")
    said = [p.message for p in warnings(load_dataset(data_dir.path, today=dt.date(2026, 12, 4))) if "transit.yml" in str(p)]
    assert said == ["the title names the sector transport, not among its sectors"], said
