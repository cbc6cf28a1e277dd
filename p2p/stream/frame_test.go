package stream

import (
	"bytes"
	"errors"
	"io"
	"testing"
)

func TestFrameRoundTripAndBounds(t *testing.T) {
	var buf bytes.Buffer
	for _, n := range []int{0, 1, 127, 128, 300, 1 << 16} {
		buf.Reset()
		in := bytes.Repeat([]byte{7}, n)
		if err := WriteFrame(&buf, in); err != nil {
			t.Fatal(err)
		}
		buf.WriteString("tail")
		out, err := ReadFrame(&buf, 1<<16)
		if err != nil || !bytes.Equal(in, out) {
			t.Fatalf("n=%d: %v", n, err)
		}
		if buf.String() != "tail" {
			t.Fatalf("n=%d: ReadFrame consumed bytes after the frame", n)
		}
	}
	cases := []struct {
		name string
		in   []byte
		max  int
		want error
	}{
		{"empty", nil, 10, io.EOF},
		{"too large", []byte{0x0b}, 10, ErrTooLarge},
		{"huge length", []byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01}, 10, ErrTooLarge},
		{"varint too long", bytes.Repeat([]byte{0x80}, 11), 10, ErrMalformed},
		{"varint overflow", []byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x02}, 10, ErrMalformed},
		{"non-minimal", []byte{0x81, 0x00}, 10, ErrMalformed},
		{"cut length", []byte{0x80}, 10, io.ErrUnexpectedEOF},
		{"cut body", []byte{0x05, 1, 2}, 10, io.ErrUnexpectedEOF},
	}
	for _, c := range cases {
		if _, err := ReadFrame(bytes.NewReader(c.in), c.max); !errors.Is(err, c.want) {
			t.Errorf("%s: %v, want %v", c.name, err, c.want)
		}
	}
}

// FuzzReadFrame: no input may panic the frame reader or make it return a
// frame above the cap.
func FuzzReadFrame(f *testing.F) {
	f.Add([]byte{0x03, 1, 2, 3}, uint16(10))
	f.Add([]byte{0x80, 0x01}, uint16(200))
	f.Add([]byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01}, uint16(5))
	f.Fuzz(func(t *testing.T, data []byte, max uint16) {
		r := bytes.NewReader(data)
		for {
			b, err := ReadFrame(r, int(max))
			if err != nil {
				return
			}
			if len(b) > int(max) {
				t.Fatalf("frame of %d bytes above cap %d", len(b), max)
			}
		}
	})
}

// FuzzReadStatus covers the status frame decoder used by every client.
func FuzzReadStatus(f *testing.F) {
	f.Add([]byte{0x04, 0x08, 0x02, 0x12, 0x00})
	f.Add([]byte{0x00})
	f.Fuzz(func(t *testing.T, data []byte) {
		err := ReadStatus(bytes.NewReader(data))
		var se *StatusError
		if errors.As(err, &se) && len(se.Message) > MaxStatusMessage {
			t.Fatalf("status message of %d bytes", len(se.Message))
		}
	})
}
