package tree

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"strconv"
	"strings"
)

// MaxFileBytes is the largest model or input file LoadModel, LoadInputs
// and LoadLabelledCSV read.
const MaxFileBytes = 256 << 20

// InputError locates a problem in an input file. Rows count samples from
// 1 (a header line is not a row); Line counts lines of a text file from 1
// (the header, if any, is line 1); Column counts cells from 1. A zero
// field does not apply: Row 0 is about the whole file, Column 0 about the
// whole row.
type InputError struct {
	File       string
	Row        int
	Line       int
	Column     int
	ColumnName string // the header's name for Column, if known
	Err        error
}

// Error is one line, e.g.
//
//	iris.csv: row 7 (line 8), column 3 ("petal.length"): "abc" is not a finite number
func (e *InputError) Error() string {
	var b strings.Builder
	b.WriteString(e.File)
	sep := ": "
	switch {
	case e.Row > 0 && e.Line > 0:
		fmt.Fprintf(&b, "%srow %d (line %d)", sep, e.Row, e.Line)
		sep = ", "
	case e.Row > 0:
		fmt.Fprintf(&b, "%srow %d", sep, e.Row)
		sep = ", "
	case e.Line > 0:
		fmt.Fprintf(&b, "%sline %d", sep, e.Line)
		sep = ", "
	}
	if e.Column > 0 {
		fmt.Fprintf(&b, "%scolumn %d", sep, e.Column)
		if e.ColumnName != "" {
			fmt.Fprintf(&b, " (%q)", e.ColumnName)
		}
	}
	fmt.Fprintf(&b, ": %v", e.Err)
	return b.String()
}

func (e *InputError) Unwrap() error { return e.Err }

// readFile reads at most MaxFileBytes of path.
func readFile(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, MaxFileBytes+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if len(data) > MaxFileBytes {
		return nil, fmt.Errorf("%s: %w: more than %d bytes", path, ErrTooLarge, MaxFileBytes)
	}
	return data, nil
}

// isMsgpackContainer reports whether b starts a MessagePack array or map;
// those bytes (0x80-0x9f, 0xdc-0xdf) never start text.
func isMsgpackContainer(b byte) bool {
	return (b >= 0x80 && b <= 0x9f) || (b >= 0xdc && b <= 0xdf)
}

// LoadModel reads a model file in the project's JSON format or as a
// smartcore MessagePack model, telling them apart by content.
func LoadModel(path string) (*Model, error) {
	data, err := readFile(path)
	if err != nil {
		return nil, err
	}
	return ParseModel(data, path)
}

// ParseModel decodes a model in either format; name is used in errors.
func ParseModel(data []byte, name string) (*Model, error) {
	trimmed := bytes.TrimLeft(data, " \t\r\n\ufeff")
	var (
		m   *Model
		err error
	)
	switch {
	case len(trimmed) == 0:
		err = fmt.Errorf("%w: empty model file", ErrUnknownFormat)
	case trimmed[0] == '{':
		m = new(Model)
		err = m.UnmarshalJSON(trimmed)
	case isMsgpackContainer(data[0]):
		m, err = ParseSmartcore(data)
	default:
		err = fmt.Errorf("%w: a model is JSON (starting with '{') or a smartcore MessagePack array; found byte 0x%02x", ErrUnknownFormat, data[0])
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return m, nil
}

// LoadInputs reads samples from a CSV file (with or without a header
// row) or a smartcore MessagePack DenseMatrix, telling them apart by
// content. numFeatures > 0 requires exactly that many features per
// sample; otherwise every row must have as many as the first.
func LoadInputs(path string, numFeatures int) ([][]float64, error) {
	data, err := readFile(path)
	if err != nil {
		return nil, err
	}
	return ParseInputs(data, path, numFeatures)
}

// ParseInputs is LoadInputs on a file's content; name is used in errors.
func ParseInputs(data []byte, name string, numFeatures int) ([][]float64, error) {
	if len(data) > 0 && isMsgpackContainer(data[0]) {
		return ParseDenseMatrix(data, name, numFeatures)
	}
	return ParseCSVInputs(bytes.NewReader(data), name, numFeatures)
}

// csvTable is a parsed CSV file: its records, the line each starts on,
// and whether the first record is a header.
type csvTable struct {
	name    string
	records [][]string
	lines   []int
}

func readCSV(r io.Reader, name string) (*csvTable, error) {
	br := bufio.NewReader(r)
	if bom, err := br.Peek(3); err == nil && string(bom) == "\ufeff" {
		br.Discard(3)
	}
	cr := csv.NewReader(br)
	cr.FieldsPerRecord = -1
	cr.TrimLeadingSpace = true
	t := &csvTable{name: name}
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				// pe.Column counts bytes, not cells: leave it out.
				return nil, &InputError{File: name, Line: pe.Line, Err: fmt.Errorf("%w: CSV: %v", ErrMalformed, pe.Err)}
			}
			return nil, &InputError{File: name, Err: err}
		}
		line, _ := cr.FieldPos(0)
		for i := range rec {
			rec[i] = strings.TrimSpace(rec[i])
		}
		t.records = append(t.records, rec)
		t.lines = append(t.lines, line)
	}
	if len(t.records) == 0 {
		return nil, &InputError{File: name, Err: fmt.Errorf("%w: the file is empty", ErrEmptyInput)}
	}
	return t, nil
}

// looksNumeric reports whether s parses as a float (NaN and Inf count:
// they are bad data, not header names).
func looksNumeric(s string) bool {
	_, err := strconv.ParseFloat(s, 64)
	return err == nil || errors.Is(err, strconv.ErrRange)
}

// isHeader reports whether rec is a header: none of its cells, other than
// the one at skip (-1 for none), looks like a number.
func isHeader(rec []string, skip int) bool {
	for i, s := range rec {
		if i != skip && looksNumeric(s) {
			return false
		}
	}
	return true
}

// parseCell parses one feature value.
func parseCell(s string) (float64, error) {
	if s == "" {
		return 0, fmt.Errorf("empty cell is %w", ErrNotANumber)
	}
	v, err := strconv.ParseFloat(s, 64)
	if (err != nil && !errors.Is(err, strconv.ErrRange)) || math.IsNaN(v) || math.IsInf(v, 0) {
		return 0, fmt.Errorf("%q is %w", s, ErrNotANumber)
	}
	return v, nil
}

// cellError builds the InputError for data row i (0-based index into the
// table's records) and 0-based column j (-1 for the whole row).
func (t *csvTable) cellError(i, j int, header []string, err error) error {
	e := &InputError{File: t.name, Line: t.lines[i], Row: i + 1, Err: err}
	if header != nil {
		e.Row = i // the header is record 0
	}
	if j >= 0 {
		e.Column = j + 1
		if j < len(header) {
			e.ColumnName = header[j]
		}
	}
	return e
}

// ParseCSVInputs reads samples from CSV: one sample per line, one
// feature per cell. A first line in which no cell is a number is taken
// as a header. name is used in errors; numFeatures as in LoadInputs.
func ParseCSVInputs(r io.Reader, name string, numFeatures int) ([][]float64, error) {
	t, err := readCSV(r, name)
	if err != nil {
		return nil, err
	}
	var header []string
	first := 0
	if isHeader(t.records[0], -1) {
		header, first = t.records[0], 1
	}
	if first == len(t.records) {
		return nil, &InputError{File: name, Err: fmt.Errorf("%w: a header line and no data rows", ErrEmptyInput)}
	}
	want := numFeatures
	if header != nil && numFeatures > 0 && len(header) != numFeatures {
		return nil, &InputError{File: name, Line: t.lines[0], Err: fmt.Errorf("%w: the header has %d columns; the model takes %d features", ErrFeatureCount, len(header), numFeatures)}
	}
	if want <= 0 {
		want = len(t.records[0]) // the header's width, or the first row's
	}
	rows := make([][]float64, 0, len(t.records)-first)
	for i := first; i < len(t.records); i++ {
		rec := t.records[i]
		if len(rec) != want {
			if numFeatures > 0 {
				return nil, t.cellError(i, -1, header, fmt.Errorf("%w: %d cells; the model takes %d features", ErrFeatureCount, len(rec), numFeatures))
			}
			return nil, t.cellError(i, -1, header, fmt.Errorf("%w: %d cells; the first line has %d", ErrRaggedRows, len(rec), want))
		}
		row := make([]float64, want)
		for j, s := range rec {
			if row[j], err = parseCell(s); err != nil {
				return nil, t.cellError(i, j, header, err)
			}
		}
		rows = append(rows, row)
	}
	return rows, nil
}
