package tree

import (
	"bytes"
	"fmt"
	"math"

	"github.com/vmihailenco/msgpack/v5"
	"github.com/vmihailenco/msgpack/v5/msgpcode"
)

// mpReader reads rmp_serde output value by value. It does not use the
// library's generic DecodeInterface, which pre-allocates whatever length
// an array header claims: here every claimed length is checked against
// the bytes that remain, and nesting is bounded, so hostile input fails
// with an error instead of exhausting memory or the stack.
type mpReader struct {
	br *bytes.Reader
	d  *msgpack.Decoder
}

// maxSkipNesting bounds the nesting of values that are skipped unread.
const maxSkipNesting = 32

func newMPReader(data []byte) *mpReader {
	br := bytes.NewReader(data)
	return &mpReader{br: br, d: msgpack.NewDecoder(br)}
}

func malformed(what string, err error) error {
	return fmt.Errorf("%w: MessagePack %s: %v", ErrMalformed, what, err)
}

func (r *mpReader) peek(what string) (byte, error) {
	c, err := r.d.PeekCode()
	if err != nil {
		return 0, malformed(what, err)
	}
	return c, nil
}

// arrayLen reads an array header, refusing nil and lengths that could not
// fit in the remaining bytes (every element takes at least one byte).
func (r *mpReader) arrayLen(what string) (int, error) {
	c, err := r.peek(what)
	if err != nil {
		return 0, err
	}
	if !msgpcode.IsFixedArray(c) && c != msgpcode.Array16 && c != msgpcode.Array32 {
		return 0, fmt.Errorf("%w: %s: want a MessagePack array, found %s", ErrMalformed, what, codeName(c))
	}
	n, err := r.d.DecodeArrayLen()
	if err != nil {
		return 0, malformed(what, err)
	}
	if n > r.br.Len() {
		return 0, fmt.Errorf("%w: %s: array claims %d elements but only %d bytes remain", ErrMalformed, what, n, r.br.Len())
	}
	return n, nil
}

// isNil consumes a nil if one is next.
func (r *mpReader) isNil(what string) (bool, error) {
	c, err := r.peek(what)
	if err != nil || c != msgpcode.Nil {
		return false, err
	}
	return true, r.d.DecodeNil()
}

func isUintCode(c byte) bool {
	return c <= msgpcode.PosFixedNumHigh || (c >= msgpcode.Uint8 && c <= msgpcode.Uint64)
}

func isIntCode(c byte) bool {
	return c >= msgpcode.NegFixedNumLow || (c >= msgpcode.Int8 && c <= msgpcode.Int64)
}

// uint reads a non-negative integer no larger than limit; one above the
// limit is reported as tooBig.
func (r *mpReader) uint(what string, limit uint64, tooBig error) (uint64, error) {
	c, err := r.peek(what)
	if err != nil {
		return 0, err
	}
	var v uint64
	switch {
	case isUintCode(c):
		v, err = r.d.DecodeUint64()
	case isIntCode(c):
		var s int64
		s, err = r.d.DecodeInt64()
		if err == nil && s < 0 {
			return 0, fmt.Errorf("%w: %s: %d is negative", ErrMalformed, what, s)
		}
		v = uint64(s)
	default:
		return 0, fmt.Errorf("%w: %s: want an integer, found %s", ErrMalformed, what, codeName(c))
	}
	if err != nil {
		return 0, malformed(what, err)
	}
	if v > limit {
		return 0, fmt.Errorf("%w: %s: %d exceeds %d", tooBig, what, v, limit)
	}
	return v, nil
}

// number reads any MessagePack number as a float64, and reports whether
// it was written as an integer (with its exact value when it fits an
// int64).
func (r *mpReader) number(what string) (f float64, i int64, isInt bool, err error) {
	c, err := r.peek(what)
	if err != nil {
		return 0, 0, false, err
	}
	switch {
	case c == msgpcode.Float || c == msgpcode.Double:
		f, err = r.d.DecodeFloat64()
	case isUintCode(c):
		var u uint64
		u, err = r.d.DecodeUint64()
		f, i, isInt = float64(u), int64(u), u <= math.MaxInt64
	case isIntCode(c):
		i, err = r.d.DecodeInt64()
		f, isInt = float64(i), true
	default:
		return 0, 0, false, fmt.Errorf("%w: %s: want a number, found %s", ErrMalformed, what, codeName(c))
	}
	if err != nil {
		return 0, 0, false, malformed(what, err)
	}
	return f, i, isInt, nil
}

func (r *mpReader) bool(what string) (bool, error) {
	c, err := r.peek(what)
	if err != nil {
		return false, err
	}
	if c != msgpcode.True && c != msgpcode.False {
		return false, fmt.Errorf("%w: %s: want a boolean, found %s", ErrMalformed, what, codeName(c))
	}
	b, err := r.d.DecodeBool()
	if err != nil {
		return false, malformed(what, err)
	}
	return b, nil
}

// skip consumes one value of any type, refusing deep nesting.
func (r *mpReader) skip(what string, depth int) error {
	c, err := r.peek(what)
	if err != nil {
		return err
	}
	n, isMap := 0, false
	switch {
	case msgpcode.IsFixedArray(c) || c == msgpcode.Array16 || c == msgpcode.Array32:
		n, err = r.d.DecodeArrayLen()
	case msgpcode.IsFixedMap(c) || c == msgpcode.Map16 || c == msgpcode.Map32:
		n, err = r.d.DecodeMapLen()
		isMap = true
	default:
		if err := r.d.Skip(); err != nil {
			return malformed(what, err)
		}
		return nil
	}
	if err != nil {
		return malformed(what, err)
	}
	if depth >= maxSkipNesting {
		return fmt.Errorf("%w: %s: nested more than %d deep", ErrMalformed, what, maxSkipNesting)
	}
	if isMap {
		n *= 2
	}
	if n > r.br.Len() {
		return fmt.Errorf("%w: %s: claims %d elements but only %d bytes remain", ErrMalformed, what, n, r.br.Len())
	}
	for range n {
		if err := r.skip(what, depth+1); err != nil {
			return err
		}
	}
	return nil
}

// end fails if bytes remain after the top-level value.
func (r *mpReader) end() error {
	if n := r.br.Len(); n > 0 {
		return fmt.Errorf("%w: %d bytes after the end of the MessagePack value", ErrMalformed, n)
	}
	return nil
}

func codeName(c byte) string {
	switch {
	case c == msgpcode.Nil:
		return "nil"
	case c == msgpcode.True || c == msgpcode.False:
		return "a boolean"
	case isUintCode(c) || isIntCode(c):
		return "an integer"
	case c == msgpcode.Float || c == msgpcode.Double:
		return "a float"
	case msgpcode.IsString(c) || msgpcode.IsBin(c):
		return "a string"
	case msgpcode.IsFixedMap(c) || c == msgpcode.Map16 || c == msgpcode.Map32:
		return "a map"
	case msgpcode.IsFixedArray(c) || c == msgpcode.Array16 || c == msgpcode.Array32:
		return "an array"
	default:
		return fmt.Sprintf("type byte 0x%02x", c)
	}
}
