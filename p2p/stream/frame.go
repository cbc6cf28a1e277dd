package stream

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"

	"google.golang.org/protobuf/proto"
)

// MaxStatusMessage bounds the message of a Status frame.
const MaxStatusMessage = 256

// maxStatusFrame bounds an encoded Status frame.
const maxStatusFrame = MaxStatusMessage + 16

// WriteFrame writes varint(len(b)) || b.
func WriteFrame(w io.Writer, b []byte) error {
	var hdr [binary.MaxVarintLen64]byte
	n := binary.PutUvarint(hdr[:], uint64(len(b)))
	if _, err := w.Write(append(hdr[:n:n], b...)); err != nil {
		return fmt.Errorf("stream: write frame: %w", err)
	}
	return nil
}

// WriteMsg marshals m and writes it as one frame.
func WriteMsg(w io.Writer, m proto.Message) error {
	b, err := proto.Marshal(m)
	if err != nil {
		return fmt.Errorf("%w: %v", ErrMalformed, err)
	}
	return WriteFrame(w, b)
}

// ReadFrame reads one frame of at most max bytes. The length is read one
// byte at a time, so no byte after the frame is consumed. A length above
// max is ErrTooLarge before any of the body is read; EOF before the first
// byte is io.EOF, EOF later is io.ErrUnexpectedEOF.
func ReadFrame(r io.Reader, max int) ([]byte, error) {
	var (
		x     uint64
		shift uint
		one   [1]byte
	)
	for i := 0; ; i++ {
		if i == binary.MaxVarintLen64 {
			return nil, fmt.Errorf("%w: length varint too long", ErrMalformed)
		}
		if _, err := io.ReadFull(r, one[:]); err != nil {
			if i > 0 && errors.Is(err, io.EOF) {
				err = io.ErrUnexpectedEOF
			}
			return nil, err
		}
		b := one[0]
		if b < 0x80 {
			if i > 0 && b == 0 {
				return nil, fmt.Errorf("%w: non-minimal length varint", ErrMalformed)
			}
			if i == binary.MaxVarintLen64-1 && b > 1 {
				return nil, fmt.Errorf("%w: length overflows", ErrMalformed)
			}
			x |= uint64(b) << shift
			break
		}
		x |= uint64(b&0x7f) << shift
		shift += 7
	}
	if x > uint64(max) {
		return nil, fmt.Errorf("%w: %d bytes, cap %d", ErrTooLarge, x, max)
	}
	buf := make([]byte, int(x))
	if _, err := io.ReadFull(r, buf); err != nil {
		if errors.Is(err, io.EOF) {
			err = io.ErrUnexpectedEOF
		}
		return nil, fmt.Errorf("stream: read frame body: %w", err)
	}
	return buf, nil
}

// ReadMsg reads one frame of at most max bytes and unmarshals it into m.
func ReadMsg(r io.Reader, m proto.Message, max int) error {
	b, err := ReadFrame(r, max)
	if err != nil {
		return err
	}
	if err := proto.Unmarshal(b, m); err != nil {
		return fmt.Errorf("%w: %v", ErrMalformed, err)
	}
	return nil
}
