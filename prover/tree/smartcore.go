package tree

import (
	"fmt"
	"math"
	"strconv"

	"github.com/vmihailenco/msgpack/v5/msgpcode"
)

// smartcore serializes with serde; rmp_serde::to_vec writes every struct
// as a MessagePack array of its fields in declaration order, Option::None
// as nil, unit enum variants as their name, and PhantomData as an empty
// array. Layouts read here (smartcore 0.3's types, checked byte by byte
// against RiscZero's smartcore-ml Iris vector):
//
//	DecisionTreeClassifier = [
//	  nodes:       [Node...],
//	  parameters:  nil | [criterion "Gini"|"Entropy"|"ClassificationError",
//	                      max_depth u16|nil, min_samples_leaf, min_samples_split,
//	                      seed u64|nil],            (skipped)
//	  num_classes: uint,
//	  classes:     [int...],  (sorted distinct training labels)
//	  depth:       uint,                            (skipped)
//	  [], [], [],              (three PhantomData; skipped, may be absent)
//	]
//	Node = [output uint, split_feature uint, split_value f64|nil,
//	        split_score f64|nil, true_child uint|nil, false_child uint|nil]
//
// A node is a leaf when both children are nil; smartcore then predicts
// classes[output]. Otherwise a sample goes to true_child when
// x[split_feature] <= split_value, else to false_child. The root is
// node 0.
//
//	DenseMatrix (smartcore >= 0.3) = [ncols, nrows, values [f64...], column_major bool]
//	DenseMatrix (smartcore 0.2)    = [ncols, nrows, values [f64...]]   (always column-major)
//
// values holds nrows*ncols numbers; element (r, c) is values[r*ncols+c]
// in row-major order and values[c*nrows+r] in column-major order.

// ParseSmartcore decodes a smartcore DecisionTreeClassifier serialized
// with rmp_serde::to_vec. Smartcore stores no feature count, so NumFeatures
// is one more than the highest feature any split uses; raise it (and
// re-Validate) if the inputs have more columns. When smartcore's classes
// are integers in [0, MaxClasses), leaves carry the class value itself
// (NumClasses = largest value + 1), so Predict returns what smartcore's
// predict returns; otherwise leaves carry the index into classes and
// ClassLabels holds the values.
func ParseSmartcore(data []byte) (*Model, error) {
	r := newMPReader(data)
	c, err := r.peek("smartcore model")
	if err != nil {
		return nil, err
	}
	if msgpcode.IsFixedMap(c) || c == msgpcode.Map16 || c == msgpcode.Map32 {
		return nil, fmt.Errorf("%w: smartcore model written as a map (rmp_serde::to_vec_named); only the array form (rmp_serde::to_vec) is read", ErrUnknownFormat)
	}
	fields, err := r.arrayLen("smartcore model")
	if err != nil {
		return nil, err
	}
	if fields < 5 || fields > 8 {
		return nil, fmt.Errorf("%w: smartcore model has %d fields; want 5 to 8 (nodes, parameters, num_classes, classes, depth, ...)", ErrUnknownFormat, fields)
	}

	type scNode struct {
		output, feature   uint64
		value             float64
		hasValue          bool
		trueC, falseC     uint64
		hasTrue, hasFalse bool
	}
	count, err := r.arrayLen("smartcore nodes")
	if err != nil {
		return nil, err
	}
	if count == 0 || count > MaxNodes {
		return nil, fmt.Errorf("%w: smartcore model has %d nodes; want 1 to %d", ErrBadModel, count, MaxNodes)
	}
	nodes := make([]scNode, count)
	for i := range nodes {
		what := "smartcore node " + strconv.Itoa(i)
		n := &nodes[i]
		nf, err := r.arrayLen(what)
		if err != nil {
			return nil, err
		}
		if nf != 6 {
			return nil, fmt.Errorf("%w: %s has %d fields; want 6 (output, split_feature, split_value, split_score, true_child, false_child)", ErrUnknownFormat, what, nf)
		}
		if n.output, err = r.uint(what+" output", MaxClasses, ErrBadModel); err != nil {
			return nil, err
		}
		if n.feature, err = r.uint(what+" split_feature", math.MaxUint32, ErrBadModel); err != nil {
			return nil, err
		}
		if isNil, err := r.isNil(what); err != nil {
			return nil, err
		} else if !isNil {
			if n.value, _, _, err = r.number(what + " split_value"); err != nil {
				return nil, err
			}
			n.hasValue = true
		}
		if err := r.skip(what+" split_score", 0); err != nil {
			return nil, err
		}
		for _, child := range []struct {
			v   *uint64
			has *bool
		}{{&n.trueC, &n.hasTrue}, {&n.falseC, &n.hasFalse}} {
			if isNil, err := r.isNil(what); err != nil {
				return nil, err
			} else if !isNil {
				if *child.v, err = r.uint(what+" child", uint64(count-1), ErrBadModel); err != nil {
					return nil, err
				}
				*child.has = true
			}
		}
	}
	if err := r.skip("smartcore parameters", 0); err != nil {
		return nil, err
	}
	numClasses, err := r.uint("smartcore num_classes", MaxClasses, ErrBadModel)
	if err != nil {
		return nil, err
	}
	nc, err := r.arrayLen("smartcore classes")
	if err != nil {
		return nil, err
	}
	if nc == 0 || uint64(nc) != numClasses {
		return nil, fmt.Errorf("%w: smartcore model lists %d classes but num_classes is %d", ErrBadModel, nc, numClasses)
	}
	classes := make([]float64, nc)
	small := true // every class an integer in [0, MaxClasses)
	maxClass := 0
	for i := range classes {
		f, v, isInt, err := r.number("smartcore class " + strconv.Itoa(i))
		if err != nil {
			return nil, err
		}
		if math.IsNaN(f) || math.IsInf(f, 0) {
			return nil, fmt.Errorf("%w: smartcore class %d is %v", ErrBadModel, i, f)
		}
		if !isInt && f == math.Trunc(f) && math.Abs(f) < 1<<53 {
			v, isInt = int64(f), true
		}
		if !isInt || v < 0 || v >= MaxClasses {
			small = false
		} else if int(v) > maxClass {
			maxClass = int(v)
		}
		classes[i] = f
	}
	for i := 4; i < fields; i++ { // depth and PhantomData
		if err := r.skip("smartcore model field "+strconv.Itoa(i), 0); err != nil {
			return nil, err
		}
	}
	if err := r.end(); err != nil {
		return nil, err
	}

	m := &Model{NumFeatures: 1, Nodes: make([]Node, count)}
	if small {
		m.NumClasses = maxClass + 1
	} else {
		m.NumClasses = nc
		m.ClassLabels = make([]string, nc)
		for i, f := range classes {
			m.ClassLabels[i] = strconv.FormatFloat(f, 'g', -1, 64)
		}
	}
	for i, n := range nodes {
		switch {
		case !n.hasTrue && !n.hasFalse:
			if n.output >= uint64(nc) {
				return nil, fmt.Errorf("%w: smartcore leaf %d: output %d but only %d classes", ErrBadModel, i, n.output, nc)
			}
			class := int(n.output)
			if small {
				class = int(classes[n.output])
			}
			m.Nodes[i] = Node{Leaf: true, Class: class}
		case n.hasTrue != n.hasFalse:
			return nil, fmt.Errorf("%w: smartcore node %d has only one child", ErrBadModel, i)
		case !n.hasValue:
			return nil, fmt.Errorf("%w: smartcore split node %d has no split_value", ErrBadModel, i)
		case n.feature >= MaxFeatures:
			return nil, fmt.Errorf("%w: smartcore node %d splits on feature %d; at most %d features are supported", ErrBadModel, i, n.feature, MaxFeatures)
		default:
			m.Nodes[i] = Node{Feature: int(n.feature), Threshold: n.value, Left: int(n.trueC), Right: int(n.falseC)}
			m.NumFeatures = max(m.NumFeatures, int(n.feature)+1)
		}
	}
	if err := m.Validate(); err != nil {
		return nil, err
	}
	return m, nil
}

// ParseDenseMatrix decodes a smartcore DenseMatrix serialized with
// rmp_serde::to_vec into one row of features per sample. name is used in
// errors; numFeatures > 0 requires exactly that many columns.
func ParseDenseMatrix(data []byte, name string, numFeatures int) ([][]float64, error) {
	wrap := func(err error) error { return &InputError{File: name, Err: err} }
	r := newMPReader(data)
	fields, err := r.arrayLen("DenseMatrix")
	if err != nil {
		return nil, wrap(err)
	}
	if fields != 3 && fields != 4 {
		return nil, wrap(fmt.Errorf("%w: DenseMatrix has %d fields; want 4 (ncols, nrows, values, column_major) or 3 (smartcore 0.2)", ErrUnknownFormat, fields))
	}
	ncols, err := r.uint("DenseMatrix ncols", math.MaxInt32, ErrMalformed)
	if err != nil {
		return nil, wrap(err)
	}
	nrows, err := r.uint("DenseMatrix nrows", math.MaxInt32, ErrMalformed)
	if err != nil {
		return nil, wrap(err)
	}
	nvalues, err := r.arrayLen("DenseMatrix values")
	if err != nil {
		return nil, wrap(err)
	}
	if uint64(nvalues) != ncols*nrows {
		return nil, wrap(fmt.Errorf("%w: DenseMatrix is %d×%d but holds %d values", ErrMalformed, nrows, ncols, nvalues))
	}
	values := make([]float64, nvalues)
	for i := range values {
		if values[i], _, _, err = r.number("DenseMatrix value " + strconv.Itoa(i)); err != nil {
			return nil, wrap(err)
		}
	}
	columnMajor := true // smartcore 0.2 matrices are column-major
	if fields == 4 {
		if columnMajor, err = r.bool("DenseMatrix column_major"); err != nil {
			return nil, wrap(err)
		}
	}
	if err := r.end(); err != nil {
		return nil, wrap(err)
	}
	if nrows == 0 || ncols == 0 {
		return nil, wrap(fmt.Errorf("%w: DenseMatrix is %d×%d", ErrEmptyInput, nrows, ncols))
	}
	if numFeatures > 0 && int(ncols) != numFeatures {
		return nil, wrap(fmt.Errorf("%w: DenseMatrix has %d columns; the model takes %d features", ErrFeatureCount, ncols, numFeatures))
	}
	rows := make([][]float64, nrows)
	for i := range rows {
		row := make([]float64, ncols)
		for j := range row {
			if columnMajor {
				row[j] = values[j*int(nrows)+i]
			} else {
				row[j] = values[i*int(ncols)+j]
			}
			if math.IsNaN(row[j]) || math.IsInf(row[j], 0) {
				return nil, &InputError{File: name, Row: i + 1, Column: j + 1,
					Err: fmt.Errorf("%v is %w", row[j], ErrNotANumber)}
			}
		}
		rows[i] = row
	}
	return rows, nil
}
