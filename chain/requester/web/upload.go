package web

import (
	"embed"
	"errors"
	"fmt"
	"io"
	"math/big"
	"mime"
	"mime/multipart"
	"net/http"
	"path"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/zkpool/aoraki/chain/requester"
	"github.com/zkpool/aoraki/prover/dtree"
	"github.com/zkpool/aoraki/prover/task"
	"github.com/zkpool/aoraki/prover/tree"
)

// Limits on a form's parts (files are bounded by Config.MaxUpload).
const (
	maxParts      = 16
	maxFieldBytes = 1 << 10
	maxNameBytes  = 128
)

// file is an uploaded file.
type file struct {
	name string // the uploader's base name, cleaned
	data []byte
}

// form is a parsed multipart request.
type form struct {
	files  map[string]file
	fields map[string]string
}

// readForm reads a multipart/form-data body of at most max bytes: the
// declared length is checked before anything is read, and the reader stops
// at the cap whatever the body claims. Only the named files and fields
// may appear, each at most once.
func readForm(w http.ResponseWriter, r *http.Request, max int64, files, fields []string) (*form, error) {
	mt, params, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if err != nil || mt != "multipart/form-data" || params["boundary"] == "" {
		return nil, errMedia
	}
	if r.ContentLength > max {
		return nil, fmt.Errorf("%w: %d bytes, at most %d", ErrTooLarge, r.ContentLength, max)
	}
	body := http.MaxBytesReader(w, r.Body, max)
	mr := multipart.NewReader(body, params["boundary"])
	f := &form{files: map[string]file{}, fields: map[string]string{}}
	isFile, isField := set(files), set(fields)
	for n := 0; ; n++ {
		p, err := mr.NextPart()
		if err == io.EOF {
			return f, nil
		}
		if err != nil {
			return nil, bodyError(err)
		}
		name := p.FormName()
		_, dupFile := f.files[name]
		_, dupField := f.fields[name]
		switch {
		case n >= maxParts:
			return nil, fmt.Errorf("%w: more than %d parts", ErrUpload, maxParts)
		case dupFile || dupField:
			return nil, fmt.Errorf("%w: %q given twice", ErrUpload, name)
		case isFile[name]:
			b, err := io.ReadAll(p)
			if err != nil {
				return nil, bodyError(err)
			}
			f.files[name] = file{name: cleanName(p.FileName(), name), data: b}
		case isField[name]:
			b, err := io.ReadAll(io.LimitReader(p, maxFieldBytes+1))
			if err != nil {
				return nil, bodyError(err)
			}
			if len(b) > maxFieldBytes {
				return nil, fmt.Errorf("%w: field %q longer than %d bytes", ErrUpload, name, maxFieldBytes)
			}
			f.fields[name] = strings.TrimSpace(string(b))
		default:
			return nil, fmt.Errorf("%w: unknown part %q (files: %s; fields: %s)", ErrUpload, name,
				strings.Join(files, ", "), strings.Join(fields, ", "))
		}
	}
}

// errMedia reports a request that is not multipart/form-data.
var errMedia = errors.New("web: want a multipart/form-data body")

func bodyError(err error) error {
	var mb *http.MaxBytesError
	if errors.As(err, &mb) {
		return fmt.Errorf("%w: more than %d bytes", ErrTooLarge, mb.Limit)
	}
	return fmt.Errorf("%w: malformed multipart body: %v", ErrUpload, err)
}

func set(names []string) map[string]bool {
	m := map[string]bool{}
	for _, n := range names {
		m[n] = true
	}
	return m
}

// cleanName is the base of an uploaded file's name, printable and short,
// or the part's name when it has none.
func cleanName(name, part string) string {
	name = path.Base(strings.ReplaceAll(name, `\`, "/"))
	name = strings.Map(func(r rune) rune {
		if unicode.IsPrint(r) {
			return r
		}
		return -1
	}, name)
	if len(name) > maxNameBytes {
		name = name[:maxNameBytes]
	}
	if name == "" || name == "." || name == "/" {
		return part
	}
	return name
}

// job is a task request, checked and encoded.
type job struct {
	input       []byte // the task input blob
	model       *tree.Model
	samples     int
	modelName   string
	inputName   string
	example     string
	labels      []string
	expected    []int
	segmentSize int
	maxPrice    *big.Int
	deadline    time.Duration
}

func (j *job) terms() requester.Terms {
	return requester.Terms{MaxPrice: j.maxPrice, Deadline: j.deadline}
}

// Parts of a task request.
var (
	taskFiles  = []string{"model", "input"}
	taskFields = []string{"example", "max_price", "deadline", "segment_size"}
)

// parseJob builds a task from a request's form: a shipped example or a
// model and samples, with the optional limits. Every problem is an
// ErrUpload, located (file, row, column) where the file is at fault.
func (s *Service) parseJob(f *form) (*job, error) {
	j := &job{deadline: s.cfg.Deadline}
	var err error
	if v, ok := f.fields["max_price"]; ok && v != "" {
		p, ok := new(big.Int).SetString(v, 10)
		if !ok || p.Sign() <= 0 || p.BitLen() > 256 {
			return nil, fmt.Errorf("%w: max_price %q is not a positive whole number of wei", ErrUpload, v)
		}
		j.maxPrice = p
	}
	if v, ok := f.fields["deadline"]; ok && v != "" {
		if j.deadline, err = parseDeadline(v); err != nil {
			return nil, err
		}
		if j.deadline < s.cfg.MinDeadline || j.deadline > s.cfg.MaxDeadline {
			return nil, fmt.Errorf("%w: deadline %v outside %v to %v", ErrUpload, j.deadline, s.cfg.MinDeadline, s.cfg.MaxDeadline)
		}
	}
	if v, ok := f.fields["segment_size"]; ok && v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || (n != 0 && (n < dtree.MinSegmentSize || n > dtree.MaxSegmentSize)) {
			return nil, fmt.Errorf("%w: segment_size %q: want 0 (the node chooses) or %d to %d samples",
				ErrUpload, v, dtree.MinSegmentSize, dtree.MaxSegmentSize)
		}
		j.segmentSize = n
	}
	model, hasModel := f.files["model"]
	input, hasInput := f.files["input"]
	name, hasExample := f.fields["example"]
	switch {
	case hasExample && (hasModel || hasInput):
		return nil, fmt.Errorf("%w: give an example or a model and input, not both", ErrUpload)
	case hasExample:
		ex, ok := exampleByName(name)
		if !ok {
			return nil, fmt.Errorf("%w: no example %q (GET /v1/examples lists them)", ErrUpload, name)
		}
		if model, input, err = ex.files(); err != nil {
			return nil, err
		}
		j.example, j.labels, j.expected = ex.Name, ex.ClassLabels, ex.expected
	case !hasModel || !hasInput:
		return nil, fmt.Errorf("%w: want a model file and an input file (or an example)", ErrUpload)
	}
	j.modelName, j.inputName = model.name, input.name
	if j.model, err = tree.ParseModel(model.data, model.name); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrUpload, err)
	}
	samples, err := tree.ParseInputs(input.data, input.name, j.model.NumFeatures)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrUpload, err)
	}
	j.samples = len(samples)
	if j.labels == nil && len(j.model.ClassLabels) == j.model.NumClasses {
		j.labels = j.model.ClassLabels
	}
	// The executor's refusal, before any node is asked: a sample whose
	// prediction 16-bit fixed point could change is named here.
	seg := j.segmentSize
	if seg == 0 {
		seg = dtree.MinSegmentSize
	}
	prog, err := dtree.New(j.model, seg)
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %w", ErrUpload, model.name, err)
	}
	if _, err := prog.Quantise(samples); err != nil {
		return nil, fmt.Errorf("%w: %s: %w", ErrUpload, input.name, err)
	}
	if j.input, err = task.NewDtree(j.model, samples, j.segmentSize); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrUpload, err)
	}
	return j, nil
}

// parseDeadline reads whole seconds or a Go duration ("90s", "10m").
func parseDeadline(v string) (time.Duration, error) {
	if n, err := strconv.ParseInt(v, 10, 64); err == nil {
		if n <= 0 || n > 1<<31 {
			return 0, fmt.Errorf("%w: deadline %q seconds is out of range", ErrUpload, v)
		}
		return time.Duration(n) * time.Second, nil
	}
	d, err := time.ParseDuration(v)
	if err != nil {
		return 0, fmt.Errorf("%w: deadline %q: want seconds or a duration such as 10m", ErrUpload, v)
	}
	return d, nil
}

// Parts of a training request.
var (
	trainFiles  = []string{"csv"}
	trainFields = []string{"label", "max_depth"}
)

// Trained is POST /v1/train's answer: the model in the project's JSON
// format and how it fits its training set.
type Trained struct {
	Model    *tree.Model `json:"model"`
	Samples  int         `json:"samples"`
	Features []string    `json:"features"`
	Classes  []string    `json:"classes"`
	Depth    int         `json:"depth"`
	Nodes    int         `json:"nodes"`
	Accuracy float64     `json:"accuracy"`
}

// train fits a tree (CART, Gini) to a labelled CSV.
func (s *Service) train(f *form) (*Trained, error) {
	csv, ok := f.files["csv"]
	if !ok {
		return nil, fmt.Errorf("%w: want a csv file", ErrUpload)
	}
	cfg := tree.DefaultTrainConfig()
	if v := f.fields["max_depth"]; v != "" {
		d, err := strconv.Atoi(v)
		if err != nil || d < 0 || d > tree.MaxDepth {
			return nil, fmt.Errorf("%w: max_depth %q: want 0 to %d", ErrUpload, v, tree.MaxDepth)
		}
		cfg.MaxDepth = d
	}
	X, y, classes, features, err := tree.ParseLabelledCSV(csv.data, csv.name, f.fields["label"])
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrUpload, err)
	}
	if len(X) > s.cfg.MaxTrainSamples {
		return nil, fmt.Errorf("%w: %s: %d samples; this service trains on at most %d", ErrUpload, csv.name, len(X), s.cfg.MaxTrainSamples)
	}
	m, err := tree.Train(X, y, len(classes), cfg)
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %w", ErrUpload, csv.name, err)
	}
	m.FeatureNames, m.ClassLabels = features, classes
	correct := 0
	for i, x := range X {
		if m.Predict(x) == y[i] {
			correct++
		}
	}
	if features == nil {
		features = []string{}
	}
	return &Trained{Model: m, Samples: len(X), Features: features, Classes: classes, Depth: m.Depth(), Nodes: len(m.Nodes),
		Accuracy: float64(correct) / float64(len(X))}, nil
}

// Example is a shipped task (GET /v1/examples).
type Example struct {
	Name        string   `json:"name"`
	Title       string   `json:"title"`
	Model       string   `json:"model"`
	Input       string   `json:"input"`
	ClassLabels []string `json:"class_labels"`
	expected    []int
}

//go:embed examples
var exampleFiles embed.FS

// examples are the tasks shipped in the binary.
var examples = []Example{{Name: "iris", Title: "Iris flowers: smartcore's decision tree on 150 samples",
	Model: "tree_model.msgpack", Input: "iris_input_data.csv", ClassLabels: []string{"setosa", "versicolor", "virginica"}}}

func exampleByName(name string) (Example, bool) {
	for _, e := range examples {
		if e.Name == name {
			return e, true
		}
	}
	return Example{}, false
}

// files reads the example's model and input, and its expected predictions.
func (e *Example) files() (model, input file, err error) {
	read := func(name string) (file, error) {
		b, err := exampleFiles.ReadFile("examples/" + e.Name + "/" + name)
		return file{name: name, data: b}, err
	}
	if model, err = read(e.Model); err != nil {
		return
	}
	if input, err = read(e.Input); err != nil {
		return
	}
	exp, err := read("expected_predictions.csv")
	if err != nil {
		return
	}
	e.expected = nil
	for _, v := range strings.FieldsFunc(string(exp.data), func(r rune) bool { return r == ',' || unicode.IsSpace(r) }) {
		n, err := strconv.Atoi(v)
		if err != nil {
			return model, input, fmt.Errorf("example %s: expected predictions: %w", e.Name, err)
		}
		e.expected = append(e.expected, n)
	}
	return model, input, nil
}
