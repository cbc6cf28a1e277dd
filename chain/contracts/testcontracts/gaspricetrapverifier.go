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

// GasPriceTrapVerifierMetaData contains all meta data concerning the GasPriceTrapVerifier contract.
var GasPriceTrapVerifierMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"name\":\"verifyReceipt\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "GasPriceTrapVerifier",
	Bin: "0x608080604052346013576077908160188239f35b5f80fdfe60808060405260043610156011575f80fd5b5f3560e01c631cde29ca146023575f80fd5b34607357606036600319011260735760443567ffffffffffffffff811160735736602382011215607357806004013567ffffffffffffffff8111607357369101602401116073576020903a158152f35b5f80fd",
}

// GasPriceTrapVerifier is an auto generated Go binding around an Ethereum contract.
type GasPriceTrapVerifier struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *GasPriceTrapVerifier) GetABI() abi.ABI {
	return c.abi
}

// NewGasPriceTrapVerifier creates a new instance of GasPriceTrapVerifier.
func NewGasPriceTrapVerifier() *GasPriceTrapVerifier {
	parsed, err := GasPriceTrapVerifierMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &GasPriceTrapVerifier{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *GasPriceTrapVerifier) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackVerifyReceipt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1cde29ca.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyReceipt(bytes32 , bytes32 , bytes ) view returns(bool)
func (gasPriceTrapVerifier *GasPriceTrapVerifier) PackVerifyReceipt(arg0 [32]byte, arg1 [32]byte, arg2 []byte) []byte {
	enc, err := gasPriceTrapVerifier.abi.Pack("verifyReceipt", arg0, arg1, arg2)
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
func (gasPriceTrapVerifier *GasPriceTrapVerifier) TryPackVerifyReceipt(arg0 [32]byte, arg1 [32]byte, arg2 []byte) ([]byte, error) {
	return gasPriceTrapVerifier.abi.Pack("verifyReceipt", arg0, arg1, arg2)
}

// UnpackVerifyReceipt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1cde29ca.
//
// Solidity: function verifyReceipt(bytes32 , bytes32 , bytes ) view returns(bool)
func (gasPriceTrapVerifier *GasPriceTrapVerifier) UnpackVerifyReceipt(data []byte) (bool, error) {
	out, err := gasPriceTrapVerifier.abi.Unpack("verifyReceipt", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}
