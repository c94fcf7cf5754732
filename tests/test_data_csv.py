"""A student's own CSV file: what loads, and the sentence they see when it does not."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest

from nnstudio.core.errors import DataError
from nnstudio.core.spec import DataSpec
from nnstudio.data import csv_columns, describe, describe_source, load_dataset
from nnstudio.data.csvfile import read_csv

IRIS = """sepal,petal,species
5.1,1.4,setosa
7.0,4.7,versicolor
6.3,6.0,virginica
4.9,1.4,setosa
"""


def write(tmp_path: Path, text: str, name: str = "flowers.csv", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding=encoding, newline="")
    return path


def error(path: Path, label: str = "species") -> str:
    with pytest.raises(DataError) as info:
        read_csv(path, label)
    return str(info.value)


def test_text_labels_become_sorted_class_numbers(tmp_path: Path) -> None:
    table = read_csv(write(tmp_path, IRIS), "species")
    assert table.class_names == ("setosa", "versicolor", "virginica")
    assert table.y.tolist() == [0, 1, 2, 0]
    assert table.feature_names == ("sepal", "petal")
    assert table.x.dtype == np.float32 and table.y.dtype == np.int64
    np.testing.assert_allclose(table.x[1], [7.0, 4.7], rtol=1e-6)


def test_the_label_column_may_be_anywhere(tmp_path: Path) -> None:
    table = read_csv(write(tmp_path, "y,a,b\n1,2,3\n0,4,5\n"), "y")
    assert table.x.tolist() == [[2, 3], [4, 5]] and table.y.tolist() == [1, 0]


def test_numeric_labels_sort_as_numbers(tmp_path: Path) -> None:
    table = read_csv(write(tmp_path, "a,label\n1,10\n2,2\n3,2.0\n4,-1\n"), "label")
    assert table.class_names == ("-1", "2", "10")
    assert table.y.tolist() == [2, 1, 1, 0]


def test_semicolons_and_decimal_commas_are_understood(tmp_path: Path) -> None:
    path = write(tmp_path, "Länge;Breite;Art\n1,5;2;a\n3;4,25;b\n")
    assert csv_columns(path) == ("Länge", "Breite", "Art")
    table = read_csv(path, "Art")
    np.testing.assert_allclose(table.x, [[1.5, 2.0], [3.0, 4.25]])


def test_excel_files_with_a_bom_or_the_windows_code_page_load(tmp_path: Path) -> None:
    assert csv_columns(write(tmp_path, "x,y\n1,0\n2,1\n", "bom.csv", "utf-8-sig")) == ("x", "y")
    path = write(tmp_path, "poids,catégorie\n1,a\n2,b\n", "win.csv", "cp1252")
    assert read_csv(path, "catégorie").class_names == ("a", "b")


def test_blank_lines_are_skipped_and_rows_keep_their_spreadsheet_numbers(tmp_path: Path) -> None:
    path = write(tmp_path, "sepal,petal,species\n5.1,1.4,setosa\n\n,,\n7.0,abc,versicolor\n")
    assert error(path) == ('Row 5, column "petal" of flowers.csv holds "abc": expected a number.')
    table = read_csv(write(tmp_path, IRIS + "\n\n", "tail.csv"), "species")
    assert len(table.x) == 4


def test_an_empty_cell_is_named(tmp_path: Path) -> None:
    path = write(tmp_path, "sepal,petal,species\n5.1,1.4,setosa\n,4.7,versicolor\n")
    assert error(path) == 'Row 3, column "sepal" of flowers.csv is empty: expected a number.'


def test_not_a_number_and_infinity_are_refused(tmp_path: Path) -> None:
    path = write(tmp_path, "sepal,petal,species\n5.1,nan,setosa\n7.0,4.7,versicolor\n")
    assert error(path) == 'Row 2, column "petal" of flowers.csv holds "nan": expected a number.'


def test_an_empty_label_is_named(tmp_path: Path) -> None:
    path = write(tmp_path, "sepal,petal,species\n5.1,1.4,setosa\n7.0,4.7,\n")
    assert error(path) == (
        'Row 3, label column "species" of flowers.csv is empty: expected a class label.'
    )


def test_a_missing_label_column_lists_the_columns(tmp_path: Path) -> None:
    assert error(write(tmp_path, IRIS), "Species") == (
        'flowers.csv has no column called "Species": expected one of its columns, which are '
        '"sepal", "petal", "species".'
    )


def test_a_row_with_too_few_cells_is_named(tmp_path: Path) -> None:
    path = write(tmp_path, "sepal,petal,species\n5.1,1.4,setosa\n7.0,versicolor\n")
    assert error(path) == (
        "Row 3 of flowers.csv has 2 cells: expected 3, one for each column of the header."
    )


def test_a_file_without_a_header_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, "5.1,1.4,0\n7.0,4.7,1\n")
    assert error(path) == (
        "flowers.csv has no header row: expected the first row to name the columns, "
        "found 5.1, 1.4, 0."
    )


def test_one_class_or_one_row_is_not_enough(tmp_path: Path) -> None:
    one_class = write(tmp_path, "a,species\n1,cat\n2,cat\n")
    assert error(one_class) == (
        'The label column "species" of flowers.csv holds only the class "cat": expected at '
        "least 2 different labels."
    )
    one_row = write(tmp_path, "a,species\n1,cat\n", "one.csv")
    assert error(one_row) == "one.csv has 1 data row: expected at least 2 below the header."


def test_empty_one_column_and_missing_files_are_refused(tmp_path: Path) -> None:
    assert error(write(tmp_path, "\n\n", "empty.csv")) == (
        "empty.csv is empty: expected a header row naming the columns."
    )
    assert error(write(tmp_path, "species\ncat\ndog\n", "single.csv")).startswith(
        'single.csv has only one column ("species"): expected feature columns and a label'
    )
    assert (
        error(tmp_path / "gone.csv")
        == f"{tmp_path / 'gone.csv'} does not exist: expected a CSV file."
    )
    assert error(tmp_path) == f"{tmp_path} is a folder: expected a CSV file."


def test_no_label_column_chosen(tmp_path: Path) -> None:
    assert error(write(tmp_path, IRIS), "") == (
        "Choose which column of the CSV file holds the label."
    )


def test_csv_columns_reads_only_the_header(tmp_path: Path) -> None:
    # A broken row far below the header does not matter to the label picker.
    path = write(tmp_path, "a;b;label\n" + "1;2;x\n" * 20000 + "oops\n")
    assert csv_columns(path) == ("a", "b", "label")


def test_a_cell_beyond_the_csv_modules_limit_is_named(tmp_path: Path) -> None:
    path = write(tmp_path, IRIS + "6.1,2.8," + "x" * 140_000 + "\n")
    assert error(path) == (
        "Row 6 of flowers.csv has a cell of more than 131,072 characters: expected numbers and "
        'short labels. A quote mark (") that is never closed turns the rest of the file into '
        "one cell."
    )


def test_a_quote_that_is_never_closed_is_named(tmp_path: Path) -> None:
    path = write(tmp_path, 'sepal,petal,species\n5.1,1.4,setosa\n7.0,4.7,"versicolor\n6,6,a\n')
    assert error(path) == (
        'Row 3 of flowers.csv has a quote mark (") that is never closed: expected a closing '
        "quote mark at the end of the cell, found the end of the file."
    )


def test_a_number_too_large_for_float32_is_named(tmp_path: Path) -> None:
    path = write(tmp_path, "sepal,petal,species\n5.1,1.4,setosa\n\n7.0,1e39,versicolor\n")
    assert error(path) == (
        'Row 4, column "petal" of flowers.csv holds a number too large for the network: '
        "expected numbers between -3.4e38 and 3.4e38."
    )


def test_a_pipe_is_refused_without_waiting_for_it(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    assert error(fifo) == (
        f"{fifo} is not a file but a pipe, a device or a socket: expected a CSV file."
    )
    with pytest.raises(DataError, match="not a file but a pipe"):
        csv_columns(fifo)


GAPPY = """sepal,petal,species
5.1,1.4,setosa
,4.7,versicolor
6.3,NA,virginica
4.9,1.4,
5.0,?,setosa
6.0,5.0,virginica
"""


def test_rows_with_missing_values_can_be_skipped_and_are_counted(tmp_path: Path) -> None:
    path = write(tmp_path, GAPPY)
    assert error(path) == 'Row 3, column "sepal" of flowers.csv is empty: expected a number.'
    table = read_csv(path, "species", skip_missing=True)
    assert table.skipped == 4
    assert table.x.tolist() == [[5.099999904632568, 1.399999976158142], [6.0, 5.0]]
    assert table.class_names == ("setosa", "virginica") and table.y.tolist() == [0, 1]


def test_skipping_missing_values_still_refuses_a_wrong_one(tmp_path: Path) -> None:
    path = write(tmp_path, GAPPY + ",abc,setosa\n")
    with pytest.raises(DataError) as info:
        read_csv(path, "species", skip_missing=True)
    assert str(info.value) == 'Row 8, column "petal" of flowers.csv holds "abc": expected a number.'
    few = write(tmp_path, "a,species\n1,cat\n,dog\n", "few.csv")
    with pytest.raises(DataError) as info:
        read_csv(few, "species", skip_missing=True)
    assert str(info.value) == (
        "few.csv has 1 data row (1 more had missing values and were skipped): expected at "
        "least 2 below the header."
    )


def test_describing_then_loading_reads_the_file_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from nnstudio.data import csvfile

    calls: list[str] = []
    real = csvfile.read_csv_file

    def counting(*args: object) -> object:
        calls.append(str(args[0]))
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(csvfile, "read_csv_file", counting)
    path = write(tmp_path, IRIS)
    spec = DataSpec(dataset="csv", path=str(path), label_column="species", test_fraction=0.5)
    assert describe(spec).num_classes == 3
    assert "4 rows" in describe_source(spec)
    assert len(load_dataset(spec).x_train) == 2
    assert len(calls) == 1
    # The same file changed is read again.
    path.write_text(IRIS + "5.0,1.5,setosa\n", encoding="utf-8")
    os.utime(path, ns=(1, 1))
    assert "5 rows" in describe_source(spec)
    assert len(calls) == 2
    # Shared by everyone who reads the file, so nobody can change it for the others.
    with pytest.raises(ValueError, match="read-only"):
        read_csv(path, "species").x[0, 0] = 1


def test_the_source_sentence_says_how_many_rows_were_skipped(tmp_path: Path) -> None:
    spec = DataSpec(
        dataset="csv",
        path=str(write(tmp_path, GAPPY)),
        label_column="species",
        skip_missing=True,
        test_fraction=0.5,
    )
    assert describe_source(spec).endswith("for testing. 4 rows with missing values were skipped.")
