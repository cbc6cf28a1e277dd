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

// SwitchableVerifierMetaData contains all meta data concerning the SwitchableVerifier contract.
var SwitchableVerifierMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"accepting\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bool\",\"name\":\"accepting_\",\"type\":\"bool\"}],\"name\":\"setAccepting\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"name\":\"verifyReceipt\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "SwitchableVerifier",
	Bin: "0x60a08060405234603257600160ff195f5416175f55336080526101e1908161003782396080518181816099015260f20152f35b5f80fdfe6080806040526004361015610012575f80fd5b5f3560e01c9081631cde29ca14610186575080637fcd4ecf146100bd5780638da5cb5b1461006d5763e6205b9114610048575f80fd5b34610069575f36600319011261006957602060ff5f54166040519015158152f35b5f80fd5b34610069575f36600319011261006957602060405173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b34610069576020366003190112610069576004358015158091036100695773ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001633036101285760ff80195f54169116175f555f80f35b60646040517f08c379a000000000000000000000000000000000000000000000000000000000815260206004820152600960248201527f6e6f74206f776e657200000000000000000000000000000000000000000000006044820152fd5b346100695760603660031901126100695760443567ffffffffffffffff8111610069573660238201121561006957806004013567ffffffffffffffff811161006957369101602401116100695760209060ff5f541615158152f3",
}

// SwitchableVerifier is an auto generated Go binding around an Ethereum contract.
type SwitchableVerifier struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *SwitchableVerifier) GetABI() abi.ABI {
	return c.abi
}

// NewSwitchableVerifier creates a new instance of SwitchableVerifier.
func NewSwitchableVerifier() *SwitchableVerifier {
	parsed, err := SwitchableVerifierMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &SwitchableVerifier{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *SwitchableVerifier) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackAccepting is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe6205b91.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function accepting() view returns(bool)
func (switchableVerifier *SwitchableVerifier) PackAccepting() []byte {
	enc, err := switchableVerifier.abi.Pack("accepting")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAccepting is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe6205b91.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function accepting() view returns(bool)
func (switchableVerifier *SwitchableVerifier) TryPackAccepting() ([]byte, error) {
	return switchableVerifier.abi.Pack("accepting")
}

// UnpackAccepting is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe6205b91.
//
// Solidity: function accepting() view returns(bool)
func (switchableVerifier *SwitchableVerifier) UnpackAccepting(data []byte) (bool, error) {
	out, err := switchableVerifier.abi.Unpack("accepting", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (switchableVerifier *SwitchableVerifier) PackOwner() []byte {
	enc, err := switchableVerifier.abi.Pack("owner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owner() view returns(address)
func (switchableVerifier *SwitchableVerifier) TryPackOwner() ([]byte, error) {
	return switchableVerifier.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (switchableVerifier *SwitchableVerifier) UnpackOwner(data []byte) (common.Address, error) {
	out, err := switchableVerifier.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackSetAccepting is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7fcd4ecf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setAccepting(bool accepting_) returns()
func (switchableVerifier *SwitchableVerifier) PackSetAccepting(accepting bool) []byte {
	enc, err := switchableVerifier.abi.Pack("setAccepting", accepting)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetAccepting is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7fcd4ecf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setAccepting(bool accepting_) returns()
func (switchableVerifier *SwitchableVerifier) TryPackSetAccepting(accepting bool) ([]byte, error) {
	return switchableVerifier.abi.Pack("setAccepting", accepting)
}

// PackVerifyReceipt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1cde29ca.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyReceipt(bytes32 , bytes32 , bytes ) view returns(bool)
func (switchableVerifier *SwitchableVerifier) PackVerifyReceipt(arg0 [32]byte, arg1 [32]byte, arg2 []byte) []byte {
	enc, err := switchableVerifier.abi.Pack("verifyReceipt", arg0, arg1, arg2)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyReceipt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1cde29ca.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyReceipt(bytes32 , bytes32 , bytes ) view returns(bool)
func (switchableVerifier *SwitchableVerifier) TryPackVerifyReceipt(arg0 [32]byte, arg1 [32]byte, arg2 []byte) ([]byte, error) {
	return switchableVerifier.abi.Pack("verifyReceipt", arg0, arg1, arg2)
}

// UnpackVerifyReceipt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1cde29ca.
//
// Solidity: function verifyReceipt(bytes32 , bytes32 , bytes ) view returns(bool)
func (switchableVerifier *SwitchableVerifier) UnpackVerifyReceipt(data []byte) (bool, error) {
	out, err := switchableVerifier.abi.Unpack("verifyReceipt", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}
