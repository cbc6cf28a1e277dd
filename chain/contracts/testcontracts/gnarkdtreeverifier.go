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

// GnarkDtreeVerifierMetaData contains all meta data concerning the GnarkDtreeVerifier contract.
var GnarkDtreeVerifierMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"CommitmentInvalid\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ProofInvalid\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PublicInputNotInField\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"compressProof\",\"outputs\":[{\"internalType\":\"uint256[4]\",\"name\":\"compressed\",\"type\":\"uint256[4]\"},{\"internalType\":\"uint256[1]\",\"name\":\"compressedCommitments\",\"type\":\"uint256[1]\"},{\"internalType\":\"uint256\",\"name\":\"compressedCommitmentPok\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[4]\",\"name\":\"compressedProof\",\"type\":\"uint256[4]\"},{\"internalType\":\"uint256[1]\",\"name\":\"compressedCommitments\",\"type\":\"uint256[1]\"},{\"internalType\":\"uint256\",\"name\":\"compressedCommitmentPok\",\"type\":\"uint256\"},{\"internalType\":\"uint256[6]\",\"name\":\"input\",\"type\":\"uint256[6]\"}],\"name\":\"verifyCompressedProof\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"},{\"internalType\":\"uint256[6]\",\"name\":\"input\",\"type\":\"uint256[6]\"}],\"name\":\"verifyProof\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "GnarkDtreeVerifier",
	Bin: "0x608080604052346015576119be908161001a8239f35b5f80fdfe60806040526004361015610011575f80fd5b5f3560e01c80630ea14a39146110e3578063695ef6f9146109505763ea2955de1461003a575f80fd5b3461094c5761018036600319011261094c573660841161094c573660a41161094c57366101841161094c5760405160206100748183611246565b8036833760408051906100878183611246565b803683376103009381519261009c8685611246565b853685376100ab6084356115fa565b8683015281526100bc60a4356115fa565b905f51602061199e5f395f51905f528351888501518751908a8201928352888201526100fc816100ee606082016112fa565b03601f198101835282611246565b5190200684528251865286830151878701527f11d00b87f9c3878d374ab5fe75896a1f19d590f398b8afd181034120fbca32b9858701527f1cbb03b69aa0bcc57b3c373587907ec92aa36414731be816e658dfd037a013ac60608701527f16fdc1dca6fd5b0f76903083e50eeaefb19e15f3bdde24e46333fd5c3181ffd560808701527f1cae2e010f1e24bb8633ee0a1f074421f1c2bcf16e681d5e5e03f8847f0f0efd60a087015260c086015260e08501527f1432a95638aaec078432e770e7fb5a14c0224a699e621b4aabf3b2c2849ce3b06101008501527f12953f179c4cdb1d524c35b11dd71203aa5aae8617fc5011d7871c94b2c1297e6101208501527f2ccd55cd0041dfaf0aa6c1f2b6257141d7ea532a86a76e820a43ce4847572fed6101408501527f10dd5276d47f740091c8a3c18716278d5bee1ac557e0b48398167ae573807e58610160850152825185816101808760085afa9051161561092457849061026c6004356115fa565b61027d602495929535604435611665565b929190938961028d6064356115fa565b9890977f0b3765df2f54b7fe2d946d0f3d327f4dcb12d384551dd8653bac1ad58358eea083519b8c937f296d5bff0a95e8d702014924f9a7aad8617e410f207daeda74b5cddb2c1b11bc85527f26a3e34c9219d514726e9bd5761adc3c29e444891ebeb623701b27c4a39a8890828601528051868601520151606084019081527f1879a6a916e03b47025771b227ec625c1599385adf2ed54855eb65d1744dcca8858560808160065afa957f161bdec2eb12b7d03066da4a35801d5e51d9d8286240b844460f892ffadfc50a818701527ebb06734e040d7c413372db68693255f22dd494e5fc68d4dfaebc92c7e3c5e18352600160c4356080880198818a525f51602061199e5f395f51905f5284808b016060828d0160075afa92101616828860808160065afa16167f266c679ff8c9191a5d7633651daa285ec7d26ff6e568deb83edbe691e723b04e828801527f199326224d151bfd859b7db0da154039f62db4d07101f31e802ed5a19823b9ff845260e435908189525f51602061199e5f395f51905f5283808a016060828c0160075afa92101616818760808160065afa167f22941605f454a7df5d560cc31ccac1dc4eae7ddcd16fcd8183ffb0bbe32f099a828801527f0f2bf1dbad87114450927badac968465d4fb7f009e7e8227bcfaa82fd5981192845261010435908189525f51602061199e5f395f51905f5283808a016060828c0160075afa92101616818760808160065afa167f13cb2260584780e5a4288b2985c61a2c591e07abbe1b51179c4f671a88258049828801527f24a256f7ee1636ced74ebd5a3cd799eb1cba0c0fee8a0a0d66fe7809dd087616845261012435908189525f51602061199e5f395f51905f5283808a016060828c0160075afa92101616818760808160065afa167f2ce558cbdb546ccb6607352af8b16525742a06edb0df6cd38f4920bb56d5fda5828801527f1a37336ca03c21da4fec6547f0eb4faf3f03c3bb759f283c3cc2357d99e665ae845261014435908189525f51602061199e5f395f51905f5283808a016060828c0160075afa92101616818760808160065afa167f0775e9e95fee6f4cb17175e253a44fb6d33cb6ea409c033b6728ee04834d35b4828801527f277204c90ef391b3b2ebb7c7ccab0a6b5fd9085cc721f5407f03cab3a3543603845261016435908189525f51602061199e5f395f51905f5283808a016060828c0160075afa92101616818760808160065afa1695015252518092525f51602061199e5f395f51905f528c8b606082808301920160075afa921016168a8960808160065afa16988c895199015199156108fc578b528b8b0152888a01526060890152608088015260a087015260c086015260e08501527f2bc683398b992ec233c7edf262bb7aa92ad9a5f8fb940e9658b5ec9779a6880f6101008501527f16d5dd9f0420d52476e8f8ff0d9ae259af90e0f75a971c1d025aedd97c45e80f6101208501527f11d0204ab145fab80a01e3eb7f13f7dc086c30989044f634ec0e2ae21810ea4c6101408501527e346b2ee30009bc27b8f7946d325074205821c26747dce33bad25c49ef26a3c6101608501527f1bba53500d68242f17203918a56d62917dec58eb239544add72f947ca45a25016101808501527f1cf6bf4e220fa1814ed1e3b2045c81146de5fa67efc175a623b7c8e0aefa3dd56101a08501527f0d90e537f37a32d1842b13c1c6b0ce3796262f56c1af4fde9bce05dca5821e696101c08501527f228e0a5d0eb3c06195de96dbb169dc76e997e13604bb592a09801d27175fc9e16101e08501527f200987bbf265e68a71253c926992e04140704961f5ccacdbfbcf23c748b1b8c16102008501527f11ccc68d764662840bcf3d317adf18a88bb57d5a000b239bdc200dad4d8f279f6102208501526102408401526102608301527f17f33306ecbd530b62aaaf970e590d48804607ec276475f8e42e5244364b6d6a6102808301527f204a405437f4da56ac53980259c4d340fb27b61bca93c4165efcc43e424a36a36102a08301527f160b4c878b97fd7abc911a07f95ca06122c14136034666117bf78911cfd6d47c6102c08301527f22fb6fdfa58db1251eb3fb59ebde86845c3e3beddee6f218e0a22fa70e957d9f6102e0830152519283916108af8484611246565b8336843760085afa159081156108ef575b506108c757005b7f7fcdd1f4000000000000000000000000000000000000000000000000000000005f5260045ffd5b600191505114155f6108c0565b7fa54f8e27000000000000000000000000000000000000000000000000000000005f5260045ffd5b7fa3a93fee000000000000000000000000000000000000000000000000000000005f5260045ffd5b5f80fd5b3461094c5760e036600319011261094c5760043567ffffffffffffffff811161094c57610981903690600401611218565b3660e41161094c576109966101808214611295565b60409081516109a58382611246565b82368237610100840192808483376020938151936109c38686611246565b853686376101401161094c575f51602061199e5f395f51905f52825186810190848483376109fa816100ee606082015f81526112fa565b5190200684528180519182377f11d00b87f9c3878d374ab5fe75896a1f19d590f398b8afd181034120fbca32b9828201527f1cbb03b69aa0bcc57b3c373587907ec92aa36414731be816e658dfd037a013ac60608201527f16fdc1dca6fd5b0f76903083e50eeaefb19e15f3bdde24e46333fd5c3181ffd560808201527f1cae2e010f1e24bb8633ee0a1f074421f1c2bcf16e681d5e5e03f8847f0f0efd60a082015281610140870160c08301377f1432a95638aaec078432e770e7fb5a14c0224a699e621b4aabf3b2c2849ce3b06101008201527f12953f179c4cdb1d524c35b11dd71203aa5aae8617fc5011d7871c94b2c1297e6101208201527f2ccd55cd0041dfaf0aa6c1f2b6257141d7ea532a86a76e820a43ce4847572fed6101408201527f10dd5276d47f740091c8a3c18716278d5bee1ac557e0b48398167ae573807e5861016082015284816101808160085afa90511615610924578051928184017f296d5bff0a95e8d702014924f9a7aad8617e410f207daeda74b5cddb2c1b11bc85525f51602061199e5f395f51905f528387808801967f26a3e34c9219d514726e9bd5761adc3c29e444891ebeb623701b27c4a39a889088528051855201519260608801938452818860808160065afa947f161bdec2eb12b7d03066da4a35801d5e51d9d8286240b844460f892ffadfc50a82527ebb06734e040d7c413372db68693255f22dd494e5fc68d4dfaebc92c7e3c5e185527f0b3765df2f54b7fe2d946d0f3d327f4dcb12d384551dd8653bac1ad58358eea0600160243560808c0198818a5287878760608160075afa92101616858c60808160065afa16167f266c679ff8c9191a5d7633651daa285ec7d26ff6e568deb83edbe691e723b04e84527f199326224d151bfd859b7db0da154039f62db4d07101f31e802ed5a19823b9ff87526044359081895286868660608160075afa92101616848b60808160065afa167f22941605f454a7df5d560cc31ccac1dc4eae7ddcd16fcd8183ffb0bbe32f099a84527f0f2bf1dbad87114450927badac968465d4fb7f009e7e8227bcfaa82fd598119287526064359081895286868660608160075afa92101616848b60808160065afa167f13cb2260584780e5a4288b2985c61a2c591e07abbe1b51179c4f671a8825804984527f24a256f7ee1636ced74ebd5a3cd799eb1cba0c0fee8a0a0d66fe7809dd08761687526084359081895286868660608160075afa92101616848b60808160065afa167f2ce558cbdb546ccb6607352af8b16525742a06edb0df6cd38f4920bb56d5fda584527f1a37336ca03c21da4fec6547f0eb4faf3f03c3bb759f283c3cc2357d99e665ae875260a4359081895286868660608160075afa92101616848b60808160065afa167f0775e9e95fee6f4cb17175e253a44fb6d33cb6ea409c033b6728ee04834d35b484527f277204c90ef391b3b2ebb7c7ccab0a6b5fd9085cc721f5407f03cab3a3543603875260c4359081895286868660608160075afa92101616848b60808160065afa16957f1879a6a916e03b47025771b227ec625c1599385adf2ed54855eb65d1744dcca88452525180955260608160075afa92101616818460808160065afa169251915192156108fc5761010090519485377f2bc683398b992ec233c7edf262bb7aa92ad9a5f8fb940e9658b5ec9779a6880f6101008501527f16d5dd9f0420d52476e8f8ff0d9ae259af90e0f75a971c1d025aedd97c45e80f6101208501527f11d0204ab145fab80a01e3eb7f13f7dc086c30989044f634ec0e2ae21810ea4c6101408501527e346b2ee30009bc27b8f7946d325074205821c26747dce33bad25c49ef26a3c6101608501527f1bba53500d68242f17203918a56d62917dec58eb239544add72f947ca45a25016101808501527f1cf6bf4e220fa1814ed1e3b2045c81146de5fa67efc175a623b7c8e0aefa3dd56101a08501527f0d90e537f37a32d1842b13c1c6b0ce3796262f56c1af4fde9bce05dca5821e696101c08501527f228e0a5d0eb3c06195de96dbb169dc76e997e13604bb592a09801d27175fc9e16101e08501527f200987bbf265e68a71253c926992e04140704961f5ccacdbfbcf23c748b1b8c16102008501527f11ccc68d764662840bcf3d317adf18a88bb57d5a000b239bdc200dad4d8f279f6102208501526102408401526102608301527f17f33306ecbd530b62aaaf970e590d48804607ec276475f8e42e5244364b6d6a6102808301527f204a405437f4da56ac53980259c4d340fb27b61bca93c4165efcc43e424a36a36102a08301527f160b4c878b97fd7abc911a07f95ca06122c14136034666117bf78911cfd6d47c6102c08301527f22fb6fdfa58db1251eb3fb59ebde86845c3e3beddee6f218e0a22fa70e957d9f6102e0830152816103008160085afa905116156108c757005b3461094c57602036600319011261094c5760043567ffffffffffffffff811161094c57611114903690600401611218565b906080604051916111258284611246565b813684376111bf60209161114d61018060405197611143868a611246565b85368a3714611295565b61115b838201358235611325565b85526111788482013560a0830135604084013560608501356113c6565b84870152604086015261119360e082013560c0830135611325565b60608601526111ac610120820135610100830135611325565b8652610140610160820135910135611325565b9160405193845f905b6004821061120257505050830193905f945b600186106111ed5760c0858560a0820152f35b818060019285518152019301950194916111da565b82518152918401916001919091019084016111c8565b9181601f8401121561094c5782359167ffffffffffffffff831161094c576020838186019501011161094c57565b90601f8019910116810190811067ffffffffffffffff82111761126857604052565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b1561129c57565b60646040517f08c379a000000000000000000000000000000000000000000000000000000000815260206004820152601460248201527f696e76616c69642070726f6f66206c656e6774680000000000000000000000006044820152fd5b6060516080905f5b81811061130f5750505090565b8251845260209384019390920191600101611302565b905f51602061197e5f395f51905f5282108015906113af575b6108c7578115806113a7575b6113a15761136e5f51602061197e5f395f51905f526003818581818009090861179e565b81810361137d57505060011b90565b5f51602061197e5f395f51905f52809106810306145f146108c757600190811b1790565b50505f90565b50801561134a565b505f51602061197e5f395f51905f5281101561133e565b919093925f51602061197e5f395f51905f5283108015906115e3575b80156115cc575b80156115b5575b6108c75780828685171717156115aa5790829161150d5f51602061197e5f395f51905f5280808080888180808f9d7f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd448f839290839109099d8e0981848181800909087f2b149d40ceb8aaae81be18991be06ac3b5b4c5e559dbefa33267e6dc24a138e5089a09818c8181800909087f2fcd3ac2a640a154eb23960892a85a68f031ca0c8344b23a577dcf1052b9e7750806810306945f51602061197e5f395f51905f527f183227397098d014dc2822db40c0ac2ecbc0b548b438e5469e10460b6c3e7ea4816114e781808b8009818780090861179e565b8408095f51602061197e5f395f51905f5261150182611915565b800914159586916117c1565b9290808214806115a1575b1561153f5750505050905f146115375760ff60025b169060021b179190565b60ff5f61152d565b5f51602061197e5f395f51905f52809106810306149182611582575b5050156108c7576001911561157a5760ff60025b169060021b17179190565b60ff5f61156f565b5f51602061197e5f395f51905f52919250819006810306145f8061155b565b50838314611518565b50505090505f905f90565b505f51602061197e5f395f51905f528110156113f0565b505f51602061197e5f395f51905f528210156113e9565b505f51602061197e5f395f51905f528510156113e2565b801561165e578060011c915f51602061197e5f395f51905f528310156108c75760018061163d5f51602061197e5f395f51905f526003818881818009090861179e565b93161461164657565b905f51602061197e5f395f51905f5280910681030690565b505f905f90565b801580611796575b61178a578060021c92825f51602061197e5f395f51905f528510801590611773575b6108c75784815f51602061197e5f395f51905f5280808080808080807f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd448161173d9d8d0909998a0981898181800909087f2fcd3ac2a640a154eb23960892a85a68f031ca0c8344b23a577dcf1052b9e7750806810306936002808a16149509818a8181800909087f2b149d40ceb8aaae81be18991be06ac3b5b4c5e559dbefa33267e6dc24a138e5086117c1565b8092916001808296161461174f575050565b5f51602061197e5f395f51905f528093945080929550809106810306930681030690565b505f51602061197e5f395f51905f5281101561168f565b50505f905f905f905f90565b50811561166d565b906117a882611915565b915f51602061197e5f395f51905f52838009036108c757565b915f51602061197e5f395f51905f527f183227397098d014dc2822db40c0ac2ecbc0b548b438e5469e10460b6c3e7ea4816118199396949661180b82808a8009818a80090861179e565b90611909575b86080961179e565b925f51602061197e5f395f51905f52600285096040519060208252602080830152602060408301528060608301527f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd4560808301525f51602061197e5f395f51905f5260a083015260208260c08160055afa915191156108c7575f51602061197e5f395f51905f528260019209036108c7575f51602061197e5f395f51905f52908209925f51602061197e5f395f51905f5280808087800906810306818780090814908115916118ea575b506108c757565b90505f51602061197e5f395f51905f528084860960020914155f6118e3565b81809106810306611811565b9060405191602083526020808401526020604084015260608301527f0c19139cb84c680a6e14116da060561765e05aa45a1c72a34f082305b61f3f5260808301525f51602061197e5f395f51905f5260a083015260208260c08160055afa915191156108c75756fe30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd4730644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001",
}

// GnarkDtreeVerifier is an auto generated Go binding around an Ethereum contract.
type GnarkDtreeVerifier struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *GnarkDtreeVerifier) GetABI() abi.ABI {
	return c.abi
}

// NewGnarkDtreeVerifier creates a new instance of GnarkDtreeVerifier.
func NewGnarkDtreeVerifier() *GnarkDtreeVerifier {
	parsed, err := GnarkDtreeVerifierMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &GnarkDtreeVerifier{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *GnarkDtreeVerifier) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackCompressProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0ea14a39.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function compressProof(bytes proof) view returns(uint256[4] compressed, uint256[1] compressedCommitments, uint256 compressedCommitmentPok)
func (gnarkDtreeVerifier *GnarkDtreeVerifier) PackCompressProof(proof []byte) []byte {
	enc, err := gnarkDtreeVerifier.abi.Pack("compressProof", proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCompressProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0ea14a39.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function compressProof(bytes proof) view returns(uint256[4] compressed, uint256[1] compressedCommitments, uint256 compressedCommitmentPok)
func (gnarkDtreeVerifier *GnarkDtreeVerifier) TryPackCompressProof(proof []byte) ([]byte, error) {
	return gnarkDtreeVerifier.abi.Pack("compressProof", proof)
}

// CompressProofOutput serves as a container for the return parameters of contract
// method CompressProof.
type CompressProofOutput struct {
	Compressed              [4]*big.Int
	CompressedCommitments   [1]*big.Int
	CompressedCommitmentPok *big.Int
}

// UnpackCompressProof is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0ea14a39.
//
// Solidity: function compressProof(bytes proof) view returns(uint256[4] compressed, uint256[1] compressedCommitments, uint256 compressedCommitmentPok)
func (gnarkDtreeVerifier *GnarkDtreeVerifier) UnpackCompressProof(data []byte) (CompressProofOutput, error) {
	out, err := gnarkDtreeVerifier.abi.Unpack("compressProof", data)
	outstruct := new(CompressProofOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Compressed = *abi.ConvertType(out[0], new([4]*big.Int)).(*[4]*big.Int)
	outstruct.CompressedCommitments = *abi.ConvertType(out[1], new([1]*big.Int)).(*[1]*big.Int)
	outstruct.CompressedCommitmentPok = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackVerifyCompressedProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xea2955de.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyCompressedProof(uint256[4] compressedProof, uint256[1] compressedCommitments, uint256 compressedCommitmentPok, uint256[6] input) view returns()
func (gnarkDtreeVerifier *GnarkDtreeVerifier) PackVerifyCompressedProof(compressedProof [4]*big.Int, compressedCommitments [1]*big.Int, compressedCommitmentPok *big.Int, input [6]*big.Int) []byte {
	enc, err := gnarkDtreeVerifier.abi.Pack("verifyCompressedProof", compressedProof, compressedCommitments, compressedCommitmentPok, input)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyCompressedProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xea2955de.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyCompressedProof(uint256[4] compressedProof, uint256[1] compressedCommitments, uint256 compressedCommitmentPok, uint256[6] input) view returns()
func (gnarkDtreeVerifier *GnarkDtreeVerifier) TryPackVerifyCompressedProof(compressedProof [4]*big.Int, compressedCommitments [1]*big.Int, compressedCommitmentPok *big.Int, input [6]*big.Int) ([]byte, error) {
	return gnarkDtreeVerifier.abi.Pack("verifyCompressedProof", compressedProof, compressedCommitments, compressedCommitmentPok, input)
}

// PackVerifyProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x695ef6f9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyProof(bytes proof, uint256[6] input) view returns()
func (gnarkDtreeVerifier *GnarkDtreeVerifier) PackVerifyProof(proof []byte, input [6]*big.Int) []byte {
	enc, err := gnarkDtreeVerifier.abi.Pack("verifyProof", proof, input)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x695ef6f9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyProof(bytes proof, uint256[6] input) view returns()
func (gnarkDtreeVerifier *GnarkDtreeVerifier) TryPackVerifyProof(proof []byte, input [6]*big.Int) ([]byte, error) {
	return gnarkDtreeVerifier.abi.Pack("verifyProof", proof, input)
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (gnarkDtreeVerifier *GnarkDtreeVerifier) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], gnarkDtreeVerifier.abi.Errors["CommitmentInvalid"].ID.Bytes()[:4]) {
		return gnarkDtreeVerifier.UnpackCommitmentInvalidError(raw[4:])
	}
	if bytes.Equal(raw[:4], gnarkDtreeVerifier.abi.Errors["ProofInvalid"].ID.Bytes()[:4]) {
		return gnarkDtreeVerifier.UnpackProofInvalidError(raw[4:])
	}
	if bytes.Equal(raw[:4], gnarkDtreeVerifier.abi.Errors["PublicInputNotInField"].ID.Bytes()[:4]) {
		return gnarkDtreeVerifier.UnpackPublicInputNotInFieldError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// GnarkDtreeVerifierCommitmentInvalid represents a CommitmentInvalid error raised by the GnarkDtreeVerifier contract.
type GnarkDtreeVerifierCommitmentInvalid struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CommitmentInvalid()
func GnarkDtreeVerifierCommitmentInvalidErrorID() common.Hash {
	return common.HexToHash("0xa3a93fee56dfcbe3c39f5ec63c6730967db3a2793a813cf79d599fdf35d8f518")
}

// UnpackCommitmentInvalidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CommitmentInvalid()
func (gnarkDtreeVerifier *GnarkDtreeVerifier) UnpackCommitmentInvalidError(raw []byte) (*GnarkDtreeVerifierCommitmentInvalid, error) {
	out := new(GnarkDtreeVerifierCommitmentInvalid)
	if err := gnarkDtreeVerifier.abi.UnpackIntoInterface(out, "CommitmentInvalid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GnarkDtreeVerifierProofInvalid represents a ProofInvalid error raised by the GnarkDtreeVerifier contract.
type GnarkDtreeVerifierProofInvalid struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProofInvalid()
func GnarkDtreeVerifierProofInvalidErrorID() common.Hash {
	return common.HexToHash("0x7fcdd1f433fad06e243ebb12f415f49dc48f357e41b96f61f504279fe6bb2ac6")
}

// UnpackProofInvalidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProofInvalid()
func (gnarkDtreeVerifier *GnarkDtreeVerifier) UnpackProofInvalidError(raw []byte) (*GnarkDtreeVerifierProofInvalid, error) {
	out := new(GnarkDtreeVerifierProofInvalid)
	if err := gnarkDtreeVerifier.abi.UnpackIntoInterface(out, "ProofInvalid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GnarkDtreeVerifierPublicInputNotInField represents a PublicInputNotInField error raised by the GnarkDtreeVerifier contract.
type GnarkDtreeVerifierPublicInputNotInField struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PublicInputNotInField()
func GnarkDtreeVerifierPublicInputNotInFieldErrorID() common.Hash {
	return common.HexToHash("0xa54f8e27d960b419368d544cd7616e10e384de098966aa60b80904dd31e7ab38")
}

// UnpackPublicInputNotInFieldError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PublicInputNotInField()
func (gnarkDtreeVerifier *GnarkDtreeVerifier) UnpackPublicInputNotInFieldError(raw []byte) (*GnarkDtreeVerifierPublicInputNotInField, error) {
	out := new(GnarkDtreeVerifierPublicInputNotInField)
	if err := gnarkDtreeVerifier.abi.UnpackIntoInterface(out, "PublicInputNotInField", raw); err != nil {
		return nil, err
	}
	return out, nil
}
