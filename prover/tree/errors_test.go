package tree

import (
	"errors"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// writeTemp writes content to a fresh file named name and returns its path.
func writeTemp(t *testing.T, name, content string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func readTestdata(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

const goodJSON = `{"format":"aoraki-dtree/v1","num_features":2,"num_classes":2,"nodes":[
	{"feature":0,"threshold":1.5,"left":1,"right":2},{"class":0},{"class":1}]}`

func TestBadModels(t *testing.T) {
	smart := readTestdata(t, irisModel)
	cases := []struct {
		name    string
		content string
		is      error
		msg     string
	}{
		{"empty file", "", ErrUnknownFormat, "empty model file"},
		{"plain text", "hello", ErrUnknownFormat, "found byte 0x68"},
		{"truncated msgpack", smart[:100], ErrMalformed, "EOF"},
		{"msgpack with trailing bytes", smart + "\x00", ErrMalformed, "1 bytes after the end"},
		{"msgpack huge array claim", "\xdd\xff\xff\xff\xff", ErrMalformed, "claims 4294967295 elements"},
		{"msgpack map form", "\x81\xa5nodes\x90", ErrUnknownFormat, "to_vec_named"},
		{"msgpack wrong field count", "\x92\x90\xc0", ErrUnknownFormat, "2 fields"},
		{"smartcore node wrong arity", "\x98\x91\x93\x00\x00\xc0\xc0\x01\x91\x00\x00\x90\x90\x90", ErrUnknownFormat, "node 0 has 3 fields"},
		{"smartcore no nodes", "\x98\x90\xc0\x01\x91\x00\x00\x90\x90\x90", ErrBadModel, "0 nodes"},
		{"smartcore one child", "\x98\x91\x96\x00\x00\xcb\x3f\xe0\x00\x00\x00\x00\x00\x00\xc0\x00\xc0\xc0\x01\x91\x00\x00\x90\x90\x90", ErrBadModel, "only one child"},
		{"smartcore child out of range", "\x98\x91\x96\x00\x00\x01\xc0\x05\x05\xc0\x01\x91\x00\x00\x90\x90\x90", ErrBadModel, "child: 5 exceeds 0"},
		{"smartcore class count mismatch", "\x98\x91\x96\x00\x00\xc0\xc0\xc0\xc0\xc0\x02\x91\x00\x00\x90\x90\x90", ErrBadModel, "lists 1 classes but num_classes is 2"},
		{"smartcore deep nesting", "\x98\x91\x96\x00\x00\xc0\xc0\xc0\xc0" + strings.Repeat("\x91", 100) + "\xc0", ErrMalformed, "nested more than 32 deep"},
		{"json syntax", `{"format":`, ErrMalformed, "JSON"},
		{"json no format", `{"num_features":1,"num_classes":1,"nodes":[{"class":0}]}`, ErrUnknownFormat, `no "format"`},
		{"json other format", strings.Replace(goodJSON, "v1", "v9", 1), ErrUnknownFormat, `"aoraki-dtree/v9"`},
		{"json unknown key", strings.Replace(goodJSON, `"nodes"`, `"extra":1,"nodes"`, 1), ErrMalformed, `unknown field "extra"`},
		{"json trailing data", goodJSON + "{}", ErrMalformed, "data after"},
		{"json wrong type", strings.Replace(goodJSON, `"num_features":2`, `"num_features":"2"`, 1), ErrBadModel, "num_features"},
		{"json child out of range", strings.Replace(goodJSON, `"right":2`, `"right":3`, 1), ErrBadModel, "node 0: right child 3 out of range"},
		{"json cycle", `{"format":"aoraki-dtree/v1","num_features":1,"num_classes":1,"nodes":[
			{"feature":0,"threshold":1,"left":1,"right":2},{"feature":0,"threshold":1,"left":1,"right":2},{"class":0}]}`,
			ErrBadModel, "reached twice"},
		{"json root as child", strings.Replace(goodJSON, `"left":1`, `"left":0`, 1), ErrBadModel, "left child 0 out of range [1, 3)"},
		{"json unreachable node", strings.Replace(goodJSON, `{"class":1}]`, `{"class":1},{"class":1}]`, 1), ErrBadModel, "node 3 is not reachable"},
		{"json mixed node", strings.Replace(goodJSON, `{"class":0}`, `{"class":0,"left":1}`, 1), ErrBadModel, "node 1: want either"},
		{"json feature out of range", strings.Replace(goodJSON, `"feature":0`, `"feature":2`, 1), ErrBadModel, "feature 2 out of range"},
		{"json class out of range", strings.Replace(goodJSON, `{"class":1}`, `{"class":2}`, 1), ErrBadModel, "class 2 out of range"},
		{"json too many features", strings.Replace(goodJSON, `"num_features":2`, `"num_features":33`, 1), ErrBadModel, "33 features"},
		{"json no nodes", strings.Replace(goodJSON, goodJSON[strings.Index(goodJSON, "["):len(goodJSON)-1], "[]", 1), ErrBadModel, "no nodes"},
		{"json feature names count", strings.Replace(goodJSON, `"nodes"`, `"feature_names":["a"],"nodes"`, 1), ErrBadModel, "1 feature names for 2 features"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			path := writeTemp(t, "model.bin", c.content)
			_, err := LoadModel(path)
			if err == nil {
				t.Fatal("no error")
			}
			if !errors.Is(err, c.is) || !strings.Contains(err.Error(), c.msg) || !strings.HasPrefix(err.Error(), path+": ") {
				t.Fatalf("err = %v; want %v containing %q prefixed with the path", err, c.is, c.msg)
			}
		})
	}
}

func TestValidateRejects(t *testing.T) {
	leaf := Node{Leaf: true}
	cases := []struct {
		name string
		m    *Model
		msg  string
	}{
		{"nil", nil, "nil model"},
		{"non-finite threshold", &Model{NumFeatures: 1, NumClasses: 1, Nodes: []Node{{Threshold: math.NaN(), Left: 1, Right: 2}, leaf, leaf}}, "not finite"},
		{"infinite threshold", &Model{NumFeatures: 1, NumClasses: 1, Nodes: []Node{{Threshold: math.Inf(1), Left: 1, Right: 2}, leaf, leaf}}, "not finite"},
		{"leaf with split fields", &Model{NumFeatures: 1, NumClasses: 1, Nodes: []Node{{Leaf: true, Left: 1}}}, "split fields"},
		{"split with class", &Model{NumFeatures: 1, NumClasses: 2, Nodes: []Node{{Class: 1, Left: 1, Right: 2}, leaf, leaf}}, "has a class"},
		{"shared child", &Model{NumFeatures: 1, NumClasses: 1, Nodes: []Node{{Left: 1, Right: 1}, leaf}}, "reached twice"},
		{"too deep", chainModel(MaxDepth + 1), "depth 17"},
		{"no classes", &Model{NumFeatures: 1, NumClasses: 0, Nodes: []Node{leaf}}, "0 classes"},
		{"class labels count", &Model{NumFeatures: 1, NumClasses: 1, ClassLabels: []string{}, Nodes: []Node{leaf}}, "0 class labels"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			err := c.m.Validate()
			if !errors.Is(err, ErrBadModel) || !strings.Contains(err.Error(), c.msg) {
				t.Fatalf("err = %v; want ErrBadModel containing %q", err, c.msg)
			}
		})
	}
	if err := chainModel(MaxDepth).Validate(); err != nil {
		t.Fatalf("depth %d chain: %v", MaxDepth, err)
	}
}

// chainModel builds a tree of the given depth in which node 2i is the
// split at level i, its left child 2i+1 a leaf and its right child 2i+2
// the next split (or the last leaf).
func chainModel(depth int) *Model {
	m := &Model{NumFeatures: 1, NumClasses: 1}
	for i := range depth {
		m.Nodes = append(m.Nodes, Node{Left: 2*i + 1, Right: 2*i + 2}, Node{Leaf: true})
	}
	m.Nodes = append(m.Nodes, Node{Leaf: true})
	return m
}

func TestBadInputs(t *testing.T) {
	matrix := readTestdata(t, irisMatrix)
	cases := []struct {
		name        string
		file        string
		content     string
		numFeatures int
		is          error
		line        string // the whole error message after the path
	}{
		{"empty file", "in.csv", "", 0, ErrEmptyInput, "no input samples: the file is empty"},
		{"blank lines only", "in.csv", "\n\n\r\n", 0, ErrEmptyInput, "no input samples: the file is empty"},
		{"header only", "in.csv", "a,b,c\n", 0, ErrEmptyInput, "no input samples: a header line and no data rows"},
		{"non-numeric cell", "in.csv", "sepal.length,sepal.width,petal.length\n1,2,3\n4,5,abc\n", 3, ErrNotANumber,
			`row 2 (line 3), column 3 ("petal.length"): "abc" is not a finite number`},
		{"non-numeric cell, no header", "in.csv", "1,2,3\n4,x,6\n", 3, ErrNotANumber, `row 2 (line 2), column 2: "x" is not a finite number`},
		{"NaN cell", "in.csv", "1,NaN\n", 0, ErrNotANumber, `row 1 (line 1), column 2: "NaN" is not a finite number`},
		{"Inf cell", "in.csv", "1,2\n-Inf,2\n", 0, ErrNotANumber, `row 2 (line 2), column 1: "-Inf" is not a finite number`},
		{"overflowing cell", "in.csv", "1e999,2\n", 0, ErrNotANumber, `row 1 (line 1), column 1: "1e999" is not a finite number`},
		{"empty cell", "in.csv", "1,,3\n", 0, ErrNotANumber, "row 1 (line 1), column 2: empty cell is not a finite number"},
		{"wrong feature count", "in.csv", "1,2,3\n4,5,6\n7,8\n", 3, ErrFeatureCount, "row 3 (line 3): wrong number of features: 2 cells; the model takes 3 features"},
		{"wrong feature count everywhere", "in.csv", "1,2\n", 3, ErrFeatureCount, "row 1 (line 1): wrong number of features: 2 cells; the model takes 3 features"},
		{"header of wrong width", "in.csv", "a,b\n1,2\n", 3, ErrFeatureCount, "line 1: wrong number of features: the header has 2 columns; the model takes 3 features"},
		{"ragged rows", "in.csv", "a,b\n1,2\n3,4,5\n", 0, ErrRaggedRows, "row 2 (line 3): rows have different numbers of cells: 3 cells; the first line has 2"},
		{"header wider than rows", "in.csv", "a,b,c\n1,2\n", 0, ErrRaggedRows, "row 1 (line 2): rows have different numbers of cells: 2 cells; the first line has 3"},
		{"bad quoting", "in.csv", "1,2\n3,\"4\n", 0, ErrMalformed, "line 2: malformed data: CSV: extraneous or missing \" in quoted-field"},
		{"matrix truncated", "in.msgpack", matrix[:1000], 0, ErrMalformed, "malformed data: MessagePack DenseMatrix value 110: unexpected EOF"},
		{"matrix wrong columns", "in.msgpack", matrix, 5, ErrFeatureCount, "wrong number of features: DenseMatrix has 4 columns; the model takes 5 features"},
		{"matrix NaN", "in.msgpack", "\x94\x02\x01\x92\x01\xcb\x7f\xf8\x00\x00\x00\x00\x00\x00\xc2", 0, ErrNotANumber, "row 1, column 2: NaN is not a finite number"},
		{"matrix empty", "in.msgpack", "\x94\x00\x00\x90\xc2", 0, ErrEmptyInput, "no input samples: DenseMatrix is 0×0"},
		{"matrix value count", "in.msgpack", "\x94\x02\x02\x92\x01\x02\xc2", 0, ErrMalformed, "malformed data: DenseMatrix is 2×2 but holds 2 values"},
		{"matrix bad flag", "in.msgpack", "\x94\x01\x01\x91\x01\x01", 0, ErrMalformed, "malformed data: DenseMatrix column_major: want a boolean, found an integer"},
		{"matrix fields", "in.msgpack", "\x92\x01\x01", 0, ErrUnknownFormat, "unknown file format: DenseMatrix has 2 fields; want 4 (ncols, nrows, values, column_major) or 3 (smartcore 0.2)"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			path := writeTemp(t, c.file, c.content)
			_, err := LoadInputs(path, c.numFeatures)
			if err == nil {
				t.Fatal("no error")
			}
			var ie *InputError
			if !errors.Is(err, c.is) || !errors.As(err, &ie) {
				t.Fatalf("err = %v (%T); want an InputError wrapping %v", err, err, c.is)
			}
			if want := path + ": " + c.line; err.Error() != want {
				t.Fatalf("message\n got %s\nwant %s", err, want)
			}
		})
	}
}

func TestMissingAndUnreadableFiles(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "nope.csv")
	dir := t.TempDir()
	loaders := map[string]func(string) error{
		"LoadModel":       func(p string) error { _, err := LoadModel(p); return err },
		"LoadInputs":      func(p string) error { _, err := LoadInputs(p, 0); return err },
		"LoadLabelledCSV": func(p string) error { _, _, _, _, err := LoadLabelledCSV(p, "y"); return err },
	}
	for name, load := range loaders {
		if err := load(missing); !errors.Is(err, fs.ErrNotExist) || !strings.Contains(err.Error(), missing) {
			t.Errorf("%s(missing): err = %v", name, err)
		}
		if err := load(dir); err == nil || !strings.Contains(err.Error(), dir) {
			t.Errorf("%s(directory): err = %v", name, err)
		}
	}
}

func TestBadLabelledCSV(t *testing.T) {
	cases := []struct {
		name    string
		content string
		label   string
		is      error
		line    string
	}{
		{"label column missing", "a,b,species\n1,2,x\n", "kind", ErrLabelColumn, `line 1: label column not found: no column named "kind" (header: a, b, species)`},
		{"label index too big", "1,2,x\n", "3", ErrLabelColumn, "line 1: label column not found: column index 3, but the first line has 3 columns (indices count from 0)"},
		{"ambiguous label", "Ab,aB,c\n1,2,3\n", "ab", ErrLabelColumn, `line 1: label column not found: "ab" matches more than one header name when case is ignored`},
		{"label only", "y\n1\n", "y", ErrLabelColumn, "line 1: label column not found: 1 column; need at least one feature column besides the label"},
		{"empty label", "a,y\n1,x\n2,\n", "y", ErrBadLabel, `row 2 (line 3), column 2 ("y"): invalid class label: empty`},
		{"bad feature", "a,y\n1,x\nz,x\n", "y", ErrNotANumber, `row 2 (line 3), column 1 ("a"): "z" is not a finite number`},
		{"ragged", "a,y\n1,x\n1,2,x\n", "y", ErrRaggedRows, "row 2 (line 3): rows have different numbers of cells: 3 cells; the first line has 2"},
		{"header only", "a,y\n", "y", ErrEmptyInput, "no input samples: a header line and no data rows"},
		{"empty", "", "y", ErrEmptyInput, "no input samples: the file is empty"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			path := writeTemp(t, "train.csv", c.content)
			_, _, _, _, err := LoadLabelledCSV(path, c.label)
			if !errors.Is(err, c.is) {
				t.Fatalf("err = %v; want %v", err, c.is)
			}
			if c.line != "" && err.Error() != path+": "+c.line {
				t.Fatalf("message\n got %s\nwant %s", err, path+": "+c.line)
			}
		})
	}
}

func TestLabelOrdering(t *testing.T) {
	cases := []struct {
		name    string
		labels  string
		classes []string
		y       []int
	}{
		{"numeric order, not string order", "10,9,-1,9.0,1e1", []string{"-1", "9", "10"}, []int{2, 1, 0, 1, 2}},
		{"strings byte-wise", "b,B,a,b", []string{"B", "a", "b"}, []int{2, 0, 1, 2}},
		{"mixed is strings", "2,x,10", []string{"10", "2", "x"}, []int{1, 2, 0}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var b strings.Builder
			b.WriteString("f,label\n")
			for i, l := range strings.Split(c.labels, ",") {
				b.WriteString(string(rune('0'+i)) + "," + l + "\n")
			}
			_, y, classes, features, err := LoadLabelledCSV(writeTemp(t, "l.csv", b.String()), "label")
			if err != nil {
				t.Fatal(err)
			}
			if strings.Join(classes, "|") != strings.Join(c.classes, "|") || len(y) != len(c.y) || len(features) != 1 {
				t.Fatalf("classes %q, y %v, features %v", classes, y, features)
			}
			for i := range y {
				if y[i] != c.y[i] {
					t.Fatalf("y = %v, want %v", y, c.y)
				}
			}
		})
	}
}

func TestTrainRejects(t *testing.T) {
	X := [][]float64{{1}, {2}}
	cases := []struct {
		name string
		X    [][]float64
		y    []int
		k    int
		cfg  TrainConfig
		is   error
	}{
		{"no samples", nil, nil, 2, DefaultTrainConfig(), ErrEmptyInput},
		{"length mismatch", X, []int{0}, 2, DefaultTrainConfig(), ErrBadTrainingData},
		{"label out of range", X, []int{0, 2}, 2, DefaultTrainConfig(), ErrBadTrainingData},
		{"negative label", X, []int{0, -1}, 2, DefaultTrainConfig(), ErrBadTrainingData},
		{"ragged", [][]float64{{1}, {2, 3}}, []int{0, 1}, 2, DefaultTrainConfig(), ErrBadTrainingData},
		{"NaN", [][]float64{{1}, {math.NaN()}}, []int{0, 1}, 2, DefaultTrainConfig(), ErrNotANumber},
		{"no features", [][]float64{{}, {}}, []int{0, 1}, 2, DefaultTrainConfig(), ErrBadTrainingData},
		{"too many features", [][]float64{make([]float64, 33)}, []int{0}, 1, DefaultTrainConfig(), ErrBadTrainingData},
		{"zero classes", X, []int{0, 0}, 0, DefaultTrainConfig(), ErrBadTrainingData},
		{"depth too big", X, []int{0, 1}, 2, TrainConfig{17, 2, 1}, ErrBadConfig},
		{"min split too small", X, []int{0, 1}, 2, TrainConfig{8, 1, 1}, ErrBadConfig},
		{"min leaf too small", X, []int{0, 1}, 2, TrainConfig{8, 2, 0}, ErrBadConfig},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if _, err := Train(c.X, c.y, c.k, c.cfg); !errors.Is(err, c.is) {
				t.Fatalf("err = %v; want %v", err, c.is)
			}
		})
	}
}
