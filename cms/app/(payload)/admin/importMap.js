import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LiftEmbargoButton as LiftEmbargoButton_493382d4c294760105a975fb5dd9551d } from '../../../components/LiftEmbargoButton'
import { SessionAccessSwitch as SessionAccessSwitch_f1f55e8986bb0ea8ac95a20d897a6f32 } from '../../../components/SessionAccessSwitch'
import { LiveCoverageButton as LiveCoverageButton_11b85b73f5e38a9589b2e822987e8c6e } from '../../../components/LiveCoverageButton'
import { PoolPanel as PoolPanel_def943ee64c0563a107620b06ca816c7 } from '../../../components/PoolPanel'
import { RemoveLiveUpdateButton as RemoveLiveUpdateButton_ec249f6121269c8942d9fb1c38eaee99 } from '../../../components/RemoveLiveUpdateButton'
import { ReleasePoolPhotos as ReleasePoolPhotos_bc6e3005b6c30899548d0b1514d4e612 } from '../../../components/ReleasePoolPhotos'
import { ApplicationTools as ApplicationTools_eb482f1615675c2d18de77eb09387aca } from '../../../components/ApplicationTools'
import { VettingTools as VettingTools_fa87c7dba415b3d0101ec6d28f966815 } from '../../../components/VettingTools'
import { DayCell as DayCell_e0599598aa0ce10981630f16e19579d0 } from '../../../components/DayCell'
import { PrintBadges as PrintBadges_e9cce492078c21615c527c77321caa2b } from '../../../components/PrintBadges'
import { AttendancePanel as AttendancePanel_e83fc2ee531365cd4786ec306531eccc } from '../../../components/AttendancePanel'
import { InterviewActions as InterviewActions_f696c377dfb27ceaec01ebcd5abcd21d } from '../../../components/InterviewActions'
import { SendSetPasswordLink as SendSetPasswordLink_849adebfd5faa9735d2840196a1101c9 } from '../../../components/SendSetPasswordLink'
import { CompleteDataRequest as CompleteDataRequest_8ae70e753fb5f32ecbb914e29456837c } from '../../../components/CompleteDataRequest'
import { AdminTimeZone as AdminTimeZone_86dab0e48663aaba272b4a482d672342 } from '../../../components/AdminTimeZone'
import { Dashboard as Dashboard_7924645a622bedd19f62843d924c0df8 } from '../../../components/dashboard/Dashboard'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/components/LiftEmbargoButton#LiftEmbargoButton": LiftEmbargoButton_493382d4c294760105a975fb5dd9551d,
  "/components/SessionAccessSwitch#SessionAccessSwitch": SessionAccessSwitch_f1f55e8986bb0ea8ac95a20d897a6f32,
  "/components/LiveCoverageButton#LiveCoverageButton": LiveCoverageButton_11b85b73f5e38a9589b2e822987e8c6e,
  "/components/PoolPanel#PoolPanel": PoolPanel_def943ee64c0563a107620b06ca816c7,
  "/components/RemoveLiveUpdateButton#RemoveLiveUpdateButton": RemoveLiveUpdateButton_ec249f6121269c8942d9fb1c38eaee99,
  "/components/ReleasePoolPhotos#ReleasePoolPhotos": ReleasePoolPhotos_bc6e3005b6c30899548d0b1514d4e612,
  "/components/ApplicationTools#ApplicationTools": ApplicationTools_eb482f1615675c2d18de77eb09387aca,
  "/components/VettingTools#VettingTools": VettingTools_fa87c7dba415b3d0101ec6d28f966815,
  "/components/DayCell#DayCell": DayCell_e0599598aa0ce10981630f16e19579d0,
  "/components/PrintBadges#PrintBadges": PrintBadges_e9cce492078c21615c527c77321caa2b,
  "/components/AttendancePanel#AttendancePanel": AttendancePanel_e83fc2ee531365cd4786ec306531eccc,
  "/components/InterviewActions#InterviewActions": InterviewActions_f696c377dfb27ceaec01ebcd5abcd21d,
  "/components/SendSetPasswordLink#SendSetPasswordLink": SendSetPasswordLink_849adebfd5faa9735d2840196a1101c9,
  "/components/CompleteDataRequest#CompleteDataRequest": CompleteDataRequest_8ae70e753fb5f32ecbb914e29456837c,
  "/components/AdminTimeZone#AdminTimeZone": AdminTimeZone_86dab0e48663aaba272b4a482d672342,
  "/components/dashboard/Dashboard#Dashboard": Dashboard_7924645a622bedd19f62843d924c0df8,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
