package tree

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"reflect"
	"testing"
)

func readSeed(f *testing.F, path string) []byte {
	data, err := os.ReadFile(path)
	if err != nil {
		f.Fatal(err)
	}
	return data
}

// FuzzParseModel: never panics; what it accepts is valid, predicts on any
// input of the right width, and round-trips through JSON.
func FuzzParseModel(f *testing.F) {
	smart := readSeed(f, irisModel)
	f.Add(smart)
	f.Add(smart[:len(smart)/2])
	f.Add([]byte(goodJSON))
	f.Add([]byte(`{"format":"aoraki-dtree/v1","num_features":1,"num_classes":1,"nodes":[{"class":0}]}`))
	f.Add([]byte("\xdd\xff\xff\xff\xff"))
	f.Add([]byte("\x98\x91\x96\x00\x00\xc0\xc0\xc0\xc0\xc0\x01\x91\x00\x00\x90\x90\x90"))
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := ParseModel(data, "fuzz")
		if err != nil {
			if m != nil {
				t.Fatal("model returned with an error")
			}
			return
		}
		if err := m.Validate(); err != nil {
			t.Fatalf("accepted an invalid model: %v", err)
		}
		x := make([]float64, m.NumFeatures)
		if c := m.Predict(x); c < 0 || c >= m.NumClasses {
			t.Fatalf("predicted class %d of %d", c, m.NumClasses)
		}
		if p := m.Path(x); len(p) > m.Depth()+1 {
			t.Fatalf("path %v longer than depth %d allows", p, m.Depth())
		}
		enc, err := json.Marshal(m)
		if err != nil {
			t.Fatalf("cannot re-encode an accepted model: %v", err)
		}
		back, err := ParseModel(enc, "fuzz.json")
		if err != nil || !reflect.DeepEqual(back, m) {
			t.Fatalf("JSON round trip: err %v, equal %v", err, reflect.DeepEqual(back, m))
		}
	})
}

// checkInputs holds for any successful input parse.
func checkInputs(t *testing.T, rows [][]float64, err error, numFeatures int) {
	if err != nil {
		var ie *InputError
		if !errors.As(err, &ie) {
			t.Fatalf("error %v is not an InputError", err)
		}
		return
	}
	if len(rows) == 0 {
		t.Fatal("no rows and no error")
	}
	for i, r := range rows {
		if len(r) != len(rows[0]) || (numFeatures > 0 && len(r) != numFeatures) {
			t.Fatalf("row %d has %d features", i, len(r))
		}
		for _, v := range r {
			if v != v || v-v != 0 {
				t.Fatalf("row %d holds %v", i, v)
			}
		}
	}
}

func FuzzParseCSVInputs(f *testing.F) {
	f.Add(readSeed(f, irisInputCSV), 4)
	f.Add(readSeed(f, irisLabelled), 0)
	f.Add([]byte("a,b\n1,2\n3,\"4\"\n"), 2)
	f.Add([]byte("\ufeff1,NaN\n"), 0)
	f.Add([]byte("1,2\n3\n"), -1)
	f.Fuzz(func(t *testing.T, data []byte, numFeatures int) {
		rows, err := ParseCSVInputs(bytes.NewReader(data), "fuzz.csv", numFeatures)
		checkInputs(t, rows, err, numFeatures)
	})
}

func FuzzParseDenseMatrix(f *testing.F) {
	// Small seeds keep the fuzzer's minimizer quick; the whole Iris matrix
	// is covered by the unit tests.
	matrix := readSeed(f, irisMatrix)
	f.Add(matrix[:200], 0)
	f.Add([]byte("\x94\x02\x02\x94\x01\xcb\x3f\xf8\x00\x00\x00\x00\x00\x00\xca\x40\x00\x00\x00\xd0\xfd\xc3"), 2)
	f.Add([]byte("\x94\x02\x01\x92\x01\xcb\x7f\xf8\x00\x00\x00\x00\x00\x00\xc2"), 2)
	f.Add([]byte("\x93\x01\x02\x92\x01\x02"), 0)
	f.Add([]byte("\x94\xce\xff\xff\xff\xff\x01\xdd\xff\xff\xff\xff"), 0)
	f.Fuzz(func(t *testing.T, data []byte, numFeatures int) {
		rows, err := ParseDenseMatrix(data, "fuzz.msgpack", numFeatures)
		checkInputs(t, rows, err, numFeatures)
	})
}
