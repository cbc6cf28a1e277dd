package contracts

import (
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"sync"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

//go:embed build/Aoraki.userdoc.json
var aorakiUserdoc []byte

// RevertError is a custom error of the Aoraki contract decoded into Go: its
// name, its arguments by name, and the contract's own words for it (the
// error's NatSpec @notice).
type RevertError struct {
	Name   string
	Args   []NamedValue
	Notice string
}

// NamedValue is one argument of a custom error.
type NamedValue struct {
	Name  string
	Value any
}

func (e *RevertError) Error() string {
	var b strings.Builder
	b.WriteString("aoraki: ")
	b.WriteString(e.Name)
	b.WriteByte('(')
	for i, a := range e.Args {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%s=%s", strings.TrimSuffix(a.Name, "_"), formatArg(a.Value))
	}
	b.WriteByte(')')
	if e.Notice != "" {
		b.WriteString(": ")
		b.WriteString(e.Notice)
	}
	return b.String()
}

func formatArg(v any) string {
	switch x := v.(type) {
	case [32]byte:
		return hexutil.Encode(x[:])
	case []byte:
		return hexutil.Encode(x)
	case [4]byte:
		return hexutil.Encode(x[:])
	}
	return fmt.Sprint(v)
}

// Unwrap makes every RevertError match ErrReverted.
func (e *RevertError) Unwrap() error { return ErrReverted }

// Arg returns the named argument's value.
func (e *RevertError) Arg(name string) (any, bool) {
	for _, a := range e.Args {
		if a.Name == name {
			return a.Value, true
		}
	}
	return nil, false
}

var (
	decoderOnce sync.Once
	decoderABI  abi.ABI
	notices     map[string]string // error signature -> notice
)

func loadDecoder() {
	decoderABI = NewAoraki().GetABI()
	var doc struct {
		Errors map[string][]struct {
			Notice string `json:"notice"`
		} `json:"errors"`
	}
	notices = map[string]string{}
	if err := json.Unmarshal(aorakiUserdoc, &doc); err != nil {
		panic("contracts: embedded userdoc is not JSON: " + err.Error()) // committed artifact, checked by tests
	}
	for sig, list := range doc.Errors {
		if len(list) > 0 {
			notices[sig] = list[0].Notice
		}
	}
}

// DecodeRevertData decodes the return data of a reverted call into a
// *RevertError. ok is false when the data is not one of Aoraki's errors.
func DecodeRevertData(data []byte) (*RevertError, bool) {
	decoderOnce.Do(loadDecoder)
	if len(data) < 4 {
		return nil, false
	}
	for name, e := range decoderABI.Errors {
		if string(e.ID[:4]) != string(data[:4]) {
			continue
		}
		vals, err := e.Inputs.Unpack(data[4:])
		if err != nil {
			return nil, false
		}
		re := &RevertError{Name: name, Notice: notices[e.Sig]}
		for i, in := range e.Inputs {
			re.Args = append(re.Args, NamedValue{Name: in.Name, Value: vals[i]})
		}
		return re, true
	}
	return nil, false
}

// dataError is implemented by JSON-RPC errors that carry revert data.
type dataError interface {
	error
	ErrorData() any
}

// RevertData extracts the revert data carried by an error from a JSON-RPC
// call (eth_call, eth_estimateGas) or a simulated backend.
func RevertData(err error) ([]byte, bool) {
	var de dataError
	if !errors.As(err, &de) {
		return nil, false
	}
	switch d := de.ErrorData().(type) {
	case string:
		b, decErr := hexutil.Decode(d)
		return b, decErr == nil
	case []byte:
		return d, true
	}
	return nil, false
}

// DecodeError turns an error carrying Aoraki revert data into a *RevertError
// (which wraps ErrReverted). Any other error is returned unchanged.
func DecodeError(err error) error {
	if err == nil {
		return nil
	}
	data, ok := RevertData(err)
	if !ok {
		return err
	}
	if re, ok := DecodeRevertData(data); ok {
		return re
	}
	return err
}

// IsRevert reports whether err is, or wraps, the Aoraki custom error named name.
func IsRevert(err error, name string) bool {
	var re *RevertError
	return errors.As(err, &re) && re.Name == name
}
