package tree

import (
	"bytes"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
)

// LoadLabelledCSV reads a training set: a CSV file with one sample per
// line, every column a numeric feature except the class-label column.
//
// label names the label column: a header name (exact, else the unique
// case-insensitive match), else a 0-based column index, or "" for the last
// column. With a name the file must have a header; otherwise a first line
// whose feature cells hold no number is taken as one.
//
// Class labels may be any non-empty strings. They map to 0..k-1
// deterministically: when every label is a number, in numeric order
// (labels naming the same number are one class); otherwise in byte-wise
// string order. classes[i] is the label of class i (numbers in Go's
// shortest form); features holds the header's feature names, or nil when
// the file has no header.
func LoadLabelledCSV(path, label string) (X [][]float64, y []int, classes []string, features []string, err error) {
	data, err := readFile(path)
	if err != nil {
		return nil, nil, nil, nil, err
	}
	return ParseLabelledCSV(data, path, label)
}

// ParseLabelledCSV is LoadLabelledCSV on a file's content; path names it
// in errors.
func ParseLabelledCSV(data []byte, path, label string) (X [][]float64, y []int, classes []string, features []string, err error) {
	t, err := readCSV(bytes.NewReader(data), path)
	if err != nil {
		return nil, nil, nil, nil, err
	}
	first := t.records[0]
	col, hasHeader := -1, false
	if label != "" {
		col = slices.Index(first, strings.TrimSpace(label))
		if col < 0 {
			for i, name := range first {
				if strings.EqualFold(name, strings.TrimSpace(label)) {
					if col >= 0 {
						col = -2 // ambiguous
						break
					}
					col = i
				}
			}
		}
		hasHeader = col >= 0
		if col == -2 {
			return nil, nil, nil, nil, &InputError{File: path, Line: t.lines[0], Err: fmt.Errorf("%w: %q matches more than one header name when case is ignored", ErrLabelColumn, label)}
		}
	}
	if col < 0 {
		if idx, perr := strconv.Atoi(label); label == "" || (perr == nil && idx >= 0) {
			col = len(first) - 1
			if label != "" {
				col = idx
			}
			if col >= len(first) {
				return nil, nil, nil, nil, &InputError{File: path, Line: t.lines[0], Err: fmt.Errorf("%w: column index %d, but the first line has %d columns (indices count from 0)", ErrLabelColumn, col, len(first))}
			}
			hasHeader = isHeader(first, col)
		} else {
			return nil, nil, nil, nil, &InputError{File: path, Line: t.lines[0], Err: fmt.Errorf("%w: no column named %q (header: %s)", ErrLabelColumn, label, strings.Join(first, ", "))}
		}
	}
	if len(first) < 2 {
		return nil, nil, nil, nil, &InputError{File: path, Line: t.lines[0], Err: fmt.Errorf("%w: %d column; need at least one feature column besides the label", ErrLabelColumn, len(first))}
	}
	var header []string
	start := 0
	if hasHeader {
		header, start = first, 1
		for i, name := range first {
			if i != col {
				features = append(features, name)
			}
		}
	}
	if start == len(t.records) {
		return nil, nil, nil, nil, &InputError{File: path, Err: fmt.Errorf("%w: a header line and no data rows", ErrEmptyInput)}
	}

	labels := make([]string, 0, len(t.records)-start)
	for i := start; i < len(t.records); i++ {
		rec := t.records[i]
		if len(rec) != len(first) {
			return nil, nil, nil, nil, t.cellError(i, -1, header, fmt.Errorf("%w: %d cells; the first line has %d", ErrRaggedRows, len(rec), len(first)))
		}
		row := make([]float64, 0, len(rec)-1)
		for j, s := range rec {
			if j == col {
				if s == "" {
					return nil, nil, nil, nil, t.cellError(i, j, header, fmt.Errorf("%w: empty", ErrBadLabel))
				}
				labels = append(labels, s)
				continue
			}
			v, err := parseCell(s)
			if err != nil {
				return nil, nil, nil, nil, t.cellError(i, j, header, err)
			}
			row = append(row, v)
		}
		X = append(X, row)
	}
	y, classes, err = mapLabels(labels)
	if err != nil {
		return nil, nil, nil, nil, &InputError{File: path, Column: col + 1, Err: err}
	}
	return X, y, classes, features, nil
}

// mapLabels maps class labels to 0..k-1 as LoadLabelledCSV documents.
func mapLabels(labels []string) (y []int, classes []string, err error) {
	nums := make([]float64, len(labels))
	numeric := true
	for i, s := range labels {
		v, err := strconv.ParseFloat(s, 64)
		if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
			numeric = false
			break
		}
		nums[i] = v
	}
	y = make([]int, len(labels))
	if numeric {
		distinct := slices.Clone(nums)
		slices.Sort(distinct)
		distinct = slices.Compact(distinct)
		if len(distinct) > MaxClasses {
			return nil, nil, fmt.Errorf("%w: %d distinct classes; at most %d", ErrBadLabel, len(distinct), MaxClasses)
		}
		for i, v := range nums {
			y[i], _ = slices.BinarySearch(distinct, v)
		}
		classes = make([]string, len(distinct))
		for i, v := range distinct {
			if v == 0 {
				v = 0 // -0 and 0 are one class, written "0"
			}
			classes[i] = strconv.FormatFloat(v, 'g', -1, 64)
		}
		return y, classes, nil
	}
	classes = slices.Clone(labels)
	slices.Sort(classes)
	classes = slices.Compact(classes)
	if len(classes) > MaxClasses {
		return nil, nil, fmt.Errorf("%w: %d distinct classes; at most %d", ErrBadLabel, len(classes), MaxClasses)
	}
	for i, s := range labels {
		y[i], _ = slices.BinarySearch(classes, s)
	}
	return y, classes, nil
}
