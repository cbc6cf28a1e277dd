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

// RecordingCallbackMetaData contains all meta data concerning the RecordingCallback contract.
var RecordingCallbackMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"calls\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskId_\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"resultDigest_\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"receiptDigest_\",\"type\":\"bytes32\"}],\"name\":\"onTaskFulfilled\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"receiptDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"resultDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"taskId\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "RecordingCallback",
	Bin: "0x60808060405234601557610129908161001a8239f35b5f80fdfe6080806040526004361015610012575f80fd5b5f3560e01c908163305f72b71461010f575080633322b23d146100f35780635a66020f146100d65780639c68b9a6146100745763b6ea4b8c14610053575f80fd5b34610070575f366003190112610070576020600154604051908152f35b5f80fd5b34610070576060366003190112610070576004355f55602435600155604435600255600354600181018091116100a957600355005b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b34610070575f366003190112610070576020600254604051908152f35b34610070575f3660031901126100705760205f54604051908152f35b34610070575f366003190112610070576020906003548152f3",
}

// RecordingCallback is an auto generated Go binding around an Ethereum contract.
type RecordingCallback struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *RecordingCallback) GetABI() abi.ABI {
	return c.abi
}

// NewRecordingCallback creates a new instance of RecordingCallback.
func NewRecordingCallback() *RecordingCallback {
	parsed, err := RecordingCallbackMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &RecordingCallback{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *RecordingCallback) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackCalls is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x305f72b7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function calls() view returns(uint256)
func (recordingCallback *RecordingCallback) PackCalls() []byte {
	enc, err := recordingCallback.abi.Pack("calls")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCalls is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x305f72b7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function calls() view returns(uint256)
func (recordingCallback *RecordingCallback) TryPackCalls() ([]byte, error) {
	return recordingCallback.abi.Pack("calls")
}

// UnpackCalls is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x305f72b7.
//
// Solidity: function calls() view returns(uint256)
func (recordingCallback *RecordingCallback) UnpackCalls(data []byte) (*big.Int, error) {
	out, err := recordingCallback.abi.Unpack("calls", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOnTaskFulfilled is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9c68b9a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onTaskFulfilled(bytes32 taskId_, bytes32 resultDigest_, bytes32 receiptDigest_) returns()
func (recordingCallback *RecordingCallback) PackOnTaskFulfilled(taskId [32]byte, resultDigest [32]byte, receiptDigest [32]byte) []byte {
	enc, err := recordingCallback.abi.Pack("onTaskFulfilled", taskId, resultDigest, receiptDigest)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnTaskFulfilled is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9c68b9a6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onTaskFulfilled(bytes32 taskId_, bytes32 resultDigest_, bytes32 receiptDigest_) returns()
func (recordingCallback *RecordingCallback) TryPackOnTaskFulfilled(taskId [32]byte, resultDigest [32]byte, receiptDigest [32]byte) ([]byte, error) {
	return recordingCallback.abi.Pack("onTaskFulfilled", taskId, resultDigest, receiptDigest)
}

// PackReceiptDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5a66020f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function receiptDigest() view returns(bytes32)
func (recordingCallback *RecordingCallback) PackReceiptDigest() []byte {
	enc, err := recordingCallback.abi.Pack("receiptDigest")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReceiptDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5a66020f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function receiptDigest() view returns(bytes32)
func (recordingCallback *RecordingCallback) TryPackReceiptDigest() ([]byte, error) {
	return recordingCallback.abi.Pack("receiptDigest")
}

// UnpackReceiptDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5a66020f.
//
// Solidity: function receiptDigest() view returns(bytes32)
func (recordingCallback *RecordingCallback) UnpackReceiptDigest(data []byte) ([32]byte, error) {
	out, err := recordingCallback.abi.Unpack("receiptDigest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackResultDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb6ea4b8c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function resultDigest() view returns(bytes32)
func (recordingCallback *RecordingCallback) PackResultDigest() []byte {
	enc, err := recordingCallback.abi.Pack("resultDigest")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackResultDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb6ea4b8c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function resultDigest() view returns(bytes32)
func (recordingCallback *RecordingCallback) TryPackResultDigest() ([]byte, error) {
	return recordingCallback.abi.Pack("resultDigest")
}

// UnpackResultDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb6ea4b8c.
//
// Solidity: function resultDigest() view returns(bytes32)
func (recordingCallback *RecordingCallback) UnpackResultDigest(data []byte) ([32]byte, error) {
	out, err := recordingCallback.abi.Unpack("resultDigest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackTaskId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3322b23d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function taskId() view returns(bytes32)
func (recordingCallback *RecordingCallback) PackTaskId() []byte {
	enc, err := recordingCallback.abi.Pack("taskId")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTaskId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3322b23d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function taskId() view returns(bytes32)
func (recordingCallback *RecordingCallback) TryPackTaskId() ([]byte, error) {
	return recordingCallback.abi.Pack("taskId")
}

// UnpackTaskId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3322b23d.
//
// Solidity: function taskId() view returns(bytes32)
func (recordingCallback *RecordingCallback) UnpackTaskId(data []byte) ([32]byte, error) {
	out, err := recordingCallback.abi.Unpack("taskId", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}
