"""What the demo shop's complaints say: platforms, products, customers, causes, comments.

Plain data, kept apart from the rules that play the complaints through
(``demo_complaints``), so that the words can be read and changed in one place.
"""

from __future__ import annotations

PLATFORMS = (("淘宝", "小美家居旗舰店", 0.7, "TB"), ("京东", "小美家居京东自营", 0.2, "JD"))
DOUYIN = ("抖音", "小美家居抖音店", "DY")
PRODUCTS = (
    "北欧实木床头柜",
    "可折叠收纳箱（3只装）",
    "纯棉四件套 1.8m",
    "304不锈钢保温杯 500ml",
    "竹制砧板套装",
    "陶瓷餐具16件套",
    "记忆棉枕头",
    "免打孔浴室置物架",
    "儿童学习桌椅",
    "懒人沙发",
)
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
CATEGORY_WEIGHTS = {
    "late": 16,
    "lost": 5,
    "damaged": 12,
    "design_defect": 4,
    "production_flaw": 11,
    "packaging": 5,
    "not_as_described": 10,
    "attitude": 8,
    "return": 6,
    "exchange": 4,
    "reship": 2,
    "cancellation": 2,
    "refund": 8,
    "price": 4,
    "other": 3,
}
DESCRIPTIONS = {
    "late": "下单{days}天仍未发货/物流{days}天未更新，客户要求尽快处理。",
    "lost": "物流显示已签收，客户表示没有收到包裹。",
    "damaged": "收到货外箱破损，{product}有磕碰，客户拍照反馈。",
    "design_defect": "{product}使用中发现结构不合理，客户认为设计有问题。",
    "production_flaw": "{product}有明显瑕疵（开裂/异味/色差），客户要求处理。",
    "packaging": "包装简陋，配件缺失，客户不满意。",
    "not_as_described": "实物与详情页描述不符（尺寸/颜色），客户要求退货。",
    "attitude": "客户反映客服回复慢、语气生硬，要求道歉。",
    "return": "客户申请退货，对退货流程和运费有异议。",
    "exchange": "客户要求换货，尺寸不合适。",
    "reship": "少发配件，客户要求补发。",
    "cancellation": "客户要求取消订单，但已发货。",
    "refund": "退款申请{days}天未到账，客户催促。",
    "price": "下单后降价，客户要求补差价。",
    "other": "客户对活动规则有疑问并投诉。",
}
CAUSES = {
    "late": 0,
    "lost": 0,
    "damaged": 1,
    "design_defect": 3,
    "production_flaw": 2,
    "packaging": 1,
    "not_as_described": 4,
    "attitude": 6,
    "return": 7,
    "exchange": 9,
    "reship": 1,
    "cancellation": 7,
    "refund": 8,
    "price": 7,
    "other": 9,
}
QUALITY_KEYS = ("design_defect", "production_flaw", "packaging")
NO_VISIT = ("客户多次未接电话，已短信致歉", "客户拒绝回访", "客户留的电话为空号")
VISIT_COMMENTS = {
    5: "客户表示很满意，感谢及时处理",
    4: "客户基本满意",
    3: "客户觉得处理速度一般",
    2: "客户对补偿金额不满意",
    1: "客户仍不满意，表示不再购买",
}
