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

// GasBurningCallbackMetaData contains all meta data concerning the GasBurningCallback contract.
var GasBurningCallbackMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"onTaskFulfilled\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"sink\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "GasBurningCallback",
	Bin: "0x608080604052346013576099908160188239f35b5f80fdfe608060405260043610156010575f80fd5b5f3560e01c80639c68b9a614604a5763c74e820e14602c575f80fd5b346046575f36600319011260465760205f54604051908152f35b5f80fd5b3460465760603660031901126046575b5f5460018101809111606c575f55605a565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd",
}

// GasBurningCallback is an auto generated Go binding around an Ethereum contract.
type GasBurningCallback struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *GasBurningCallback) GetABI() abi.ABI {
	return c.abi
}

// NewGasBurningCallback creates a new instance of GasBurningCallback.
func NewGasBurningCallback() *GasBurningCallback {
	parsed, err := GasBurningCallbackMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &GasBurningCallback{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *GasBurningCallback) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackOnTaskFulfilled is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9c68b9a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onTaskFulfilled(bytes32 , bytes32 , bytes32 ) returns()
func (gasBurningCallback *GasBurningCallback) PackOnTaskFulfilled(arg0 [32]byte, arg1 [32]byte, arg2 [32]byte) []byte {
	enc, err := gasBurningCallback.abi.Pack("onTaskFulfilled", arg0, arg1, arg2)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnTaskFulfilled is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9c68b9a6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onTaskFulfilled(bytes32 , bytes32 , bytes32 ) returns()
func (gasBurningCallback *GasBurningCallback) TryPackOnTaskFulfilled(arg0 [32]byte, arg1 [32]byte, arg2 [32]byte) ([]byte, error) {
	return gasBurningCallback.abi.Pack("onTaskFulfilled", arg0, arg1, arg2)
}

// PackSink is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc74e820e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function sink() view returns(uint256)
func (gasBurningCallback *GasBurningCallback) PackSink() []byte {
	enc, err := gasBurningCallback.abi.Pack("sink")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSink is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc74e820e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function sink() view returns(uint256)
func (gasBurningCallback *GasBurningCallback) TryPackSink() ([]byte, error) {
	return gasBurningCallback.abi.Pack("sink")
}

// UnpackSink is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc74e820e.
//
// Solidity: function sink() view returns(uint256)
func (gasBurningCallback *GasBurningCallback) UnpackSink(data []byte) (*big.Int, error) {
	out, err := gasBurningCallback.abi.Unpack("sink", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}
