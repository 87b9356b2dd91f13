"""tiendo: theo dõi chỉ tiêu và nhiệm vụ trọng tâm của cấp ủy và chính quyền địa phương."""

__version__ = "0.1.0"
