// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package testcontracts

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// RevertingCallbackMetaData contains all meta data concerning the RevertingCallback contract.
var RevertingCallbackMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"No\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"onTaskFulfilled\",\"outputs\":[],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "RevertingCallback",
	Bin: "0x608080604052346013576058908160188239f35b5f80fdfe6004361015600b575f80fd5b5f3560e01c639c68b9a614601d575f80fd5b3460545760603660031901126054577f6f726dda000000000000000000000000000000000000000000000000000000005f5260045ffd5b5f80fd",
}

// RevertingCallback is an auto generated Go binding around an Ethereum contract.
type RevertingCallback struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *RevertingCallback) GetABI() abi.ABI {
	return c.abi
}

// NewRevertingCallback creates a new instance of RevertingCallback.
func NewRevertingCallback() *RevertingCallback {
	parsed, err := RevertingCallbackMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &RevertingCallback{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *RevertingCallback) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackOnTaskFulfilled is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9c68b9a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onTaskFulfilled(bytes32 , bytes32 , bytes32 ) pure returns()
func (revertingCallback *RevertingCallback) PackOnTaskFulfilled(arg0 [32]byte, arg1 [32]byte, arg2 [32]byte) []byte {
	enc, err := revertingCallback.abi.Pack("onTaskFulfilled", arg0, arg1, arg2)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnTaskFulfilled is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9c68b9a6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onTaskFulfilled(bytes32 , bytes32 , bytes32 ) pure returns()
func (revertingCallback *RevertingCallback) TryPackOnTaskFulfilled(arg0 [32]byte, arg1 [32]byte, arg2 [32]byte) ([]byte, error) {
	return revertingCallback.abi.Pack("onTaskFulfilled", arg0, arg1, arg2)
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (revertingCallback *RevertingCallback) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], revertingCallback.abi.Errors["No"].ID.Bytes()[:4]) {
		return revertingCallback.UnpackNoError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// RevertingCallbackNo represents a No error raised by the RevertingCallback contract.
type RevertingCallbackNo struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error No()
func RevertingCallbackNoErrorID() common.Hash {
	return common.HexToHash("0x6f726ddaa5b1cb491ffb23b39f32d1073a46c6e6b539a587ff761a75ccc8353a")
}

// UnpackNoError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error No()
func (revertingCallback *RevertingCallback) UnpackNoError(raw []byte) (*RevertingCallbackNo, error) {
	out := new(RevertingCallbackNo)
	if err := revertingCallback.abi.UnpackIntoInterface(out, "No", raw); err != nil {
		return nil, err
	}
	return out, nil
}
