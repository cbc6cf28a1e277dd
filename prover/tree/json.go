package tree

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
)

// FormatV1 is the value of the "format" field of the project's JSON model
// format described in the package documentation.
const FormatV1 = "aoraki-dtree/v1"

type jsonModel struct {
	Format       string     `json:"format"`
	NumFeatures  int        `json:"num_features"`
	NumClasses   int        `json:"num_classes"`
	FeatureNames []string   `json:"feature_names,omitempty"`
	ClassLabels  []string   `json:"class_labels,omitempty"`
	Nodes        []jsonNode `json:"nodes"`
}

// jsonNode is a leaf ({"class": c}) or a split ({"feature", "threshold",
// "left", "right"}); pointers tell a missing key from a zero.
type jsonNode struct {
	Class     *int     `json:"class,omitempty"`
	Feature   *int     `json:"feature,omitempty"`
	Threshold *float64 `json:"threshold,omitempty"`
	Left      *int     `json:"left,omitempty"`
	Right     *int     `json:"right,omitempty"`
}

// MarshalJSON writes m in the project's JSON format. It refuses an
// invalid model, so whatever it writes loads again.
func (m *Model) MarshalJSON() ([]byte, error) {
	if err := m.Validate(); err != nil {
		return nil, err
	}
	jm := jsonModel{
		Format:       FormatV1,
		NumFeatures:  m.NumFeatures,
		NumClasses:   m.NumClasses,
		FeatureNames: m.FeatureNames,
		ClassLabels:  m.ClassLabels,
		Nodes:        make([]jsonNode, len(m.Nodes)),
	}
	for i := range m.Nodes {
		n := &m.Nodes[i]
		if n.Leaf {
			jm.Nodes[i] = jsonNode{Class: &n.Class}
		} else {
			jm.Nodes[i] = jsonNode{Feature: &n.Feature, Threshold: &n.Threshold, Left: &n.Left, Right: &n.Right}
		}
	}
	return json.Marshal(jm)
}

// UnmarshalJSON reads the project's JSON format. Unknown keys, a missing
// or different "format", and invalid models are refused; *m is changed
// only on success.
func (m *Model) UnmarshalJSON(data []byte) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var jm jsonModel
	if err := dec.Decode(&jm); err != nil {
		var typeErr *json.UnmarshalTypeError
		if errors.As(err, &typeErr) {
			return fmt.Errorf("%w: field %q: JSON %s where %s was expected", ErrBadModel, typeErr.Field, typeErr.Value, typeErr.Type)
		}
		return fmt.Errorf("%w: JSON: %v", ErrMalformed, err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return fmt.Errorf("%w: JSON: data after the model object", ErrMalformed)
	}
	switch jm.Format {
	case FormatV1:
	case "":
		return fmt.Errorf("%w: JSON model has no \"format\" field (want %q)", ErrUnknownFormat, FormatV1)
	default:
		return fmt.Errorf("%w: JSON model format %q; this version reads %q", ErrUnknownFormat, jm.Format, FormatV1)
	}
	out := Model{
		NumFeatures:  jm.NumFeatures,
		NumClasses:   jm.NumClasses,
		FeatureNames: jm.FeatureNames,
		ClassLabels:  jm.ClassLabels,
		Nodes:        make([]Node, len(jm.Nodes)),
	}
	for i, jn := range jm.Nodes {
		split := jn.Feature != nil && jn.Threshold != nil && jn.Left != nil && jn.Right != nil
		anySplit := jn.Feature != nil || jn.Threshold != nil || jn.Left != nil || jn.Right != nil
		switch {
		case jn.Class != nil && !anySplit:
			out.Nodes[i] = Node{Leaf: true, Class: *jn.Class}
		case jn.Class == nil && split:
			out.Nodes[i] = Node{Feature: *jn.Feature, Threshold: *jn.Threshold, Left: *jn.Left, Right: *jn.Right}
		default:
			return fmt.Errorf("%w: node %d: want either {\"class\"} or {\"feature\", \"threshold\", \"left\", \"right\"}", ErrBadModel, i)
		}
	}
	if err := out.Validate(); err != nil {
		return err
	}
	*m = out
	return nil
}
